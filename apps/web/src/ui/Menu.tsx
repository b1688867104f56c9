import './Menu.css'
import { lazy, Suspense, useId, useRef, useState } from 'react'
import { Button as AriaButton } from 'react-aria-components'

export interface ActionMenuItem {
  id: string
  label: string
  tone?: 'default' | 'danger'
  /** Shown, but cannot be chosen (its label says why). */
  isDisabled?: boolean
}

export interface ActionMenuProps {
  /** The trigger's accessible name, naming what the actions apply to ("Actions pour Simon DURAND"). */
  label: string
  /** The actions that apply now, in order. */
  items: readonly ActionMenuItem[]
  onAction: (id: string) => void
  'data-testid'?: string
}

/** Where focus goes as the menu opens: an item (keyboard, screen reader) or the menu itself (pointer). */
export type MenuFocus = 'first' | 'last' | true

// The menu (collections, typeahead, positioning, focus containment) is most of react-aria's weight
// on a page, and only shows on demand: it loads on first opening, or as soon as a pointer or focus
// comes to a "⋮". react-aria's MenuTrigger would bring it all with the page, so the trigger is
// here: the menu button pattern, with react-aria's choices of focus.
const loadPopover = () => import('./MenuPopover')
const ActionMenuPopover = lazy(loadPopover)
const preload = () => void loadPopover()

/** A "⋮" button opening a menu of actions (keyboard, touch and screen-reader ready). */
export function ActionMenu({ label, items, onAction, ...rest }: ActionMenuProps) {
  const triggerRef = useRef<HTMLButtonElement>(null)
  const triggerId = useId()
  const menuId = useId()
  const [focus, setFocus] = useState<MenuFocus | null>(null) // null: closed
  // Once opened, the popover stays mounted so that it can close with its animation.
  const [used, setUsed] = useState(false)
  if (focus && !used) setUsed(true)
  const isOpen = focus !== null
  const toggle = (next: MenuFocus) => setFocus(isOpen ? null : next)

  return (
    <>
      <AriaButton
        ref={triggerRef}
        id={triggerId}
        className="menu-trigger"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        data-testid={rest['data-testid']}
        onHoverStart={preload}
        onFocus={preload}
        // As native menus: open on mouse down, on touch up, and from the keys below.
        onPressStart={(event) => {
          if (event.pointerType === 'mouse' || event.pointerType === 'pen') setFocus(true)
          else if (event.pointerType === 'virtual') setFocus('first') // a screen reader's click
        }}
        onPress={(event) => {
          if (event.pointerType === 'touch') toggle(true)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ' || event.key === 'ArrowDown') toggle('first')
          else if (event.key === 'ArrowUp') toggle('last')
          else return event.continuePropagation()
          event.preventDefault()
        }}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="5" r="2" />
          <circle cx="12" cy="12" r="2" />
          <circle cx="12" cy="19" r="2" />
        </svg>
      </AriaButton>
      {used && (
        <Suspense fallback={null}>
          <ActionMenuPopover
            triggerRef={triggerRef}
            triggerId={triggerId}
            menuId={menuId}
            focus={focus}
            onClose={() => setFocus(null)}
            items={items}
            onAction={onAction}
          />
        </Suspense>
      )}
    </>
  )
}
