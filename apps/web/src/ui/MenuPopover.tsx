import type { RefObject } from 'react'
import { Menu, MenuItem, Popover } from 'react-aria-components'
import { cx } from './cx'
import type { ActionMenuItem, MenuFocus } from './Menu'

/**
 * The popover of an `ActionMenu`, loaded on first use: a modal popover (Escape or a press outside
 * closes it, focus goes back to the "⋮"), and the menu, named by its trigger.
 */
export default function ActionMenuPopover({
  triggerRef,
  triggerId,
  menuId,
  focus,
  onClose,
  items,
  onAction,
}: {
  triggerRef: RefObject<HTMLButtonElement | null>
  triggerId: string
  menuId: string
  /** null: closed. */
  focus: MenuFocus | null
  onClose: () => void
  items: readonly ActionMenuItem[]
  onAction: (id: string) => void
}) {
  return (
    <Popover
      className="popover"
      trigger="MenuTrigger"
      triggerRef={triggerRef}
      isOpen={focus !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose()
      }}
      placement="bottom end"
      offset={4}
      aria-labelledby={triggerId}
    >
      <Menu
        id={menuId}
        className="menu"
        aria-labelledby={triggerId}
        autoFocus={focus ?? true}
        onClose={onClose}
        items={items}
        onAction={(key) => onAction(String(key))}
      >
        {(item) => (
          <MenuItem
            id={item.id}
            textValue={item.label}
            isDisabled={item.isDisabled}
            className={cx('menu__item', item.tone === 'danger' && 'menu__item--danger')}
          >
            {item.label}
          </MenuItem>
        )}
      </Menu>
    </Popover>
  )
}
