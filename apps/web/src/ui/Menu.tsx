import './Menu.css'
import {
  Button as AriaButton,
  Menu as AriaMenu,
  MenuItem as AriaMenuItem,
  type MenuItemProps as AriaMenuItemProps,
  type MenuProps as AriaMenuProps,
  MenuTrigger,
  Popover,
} from 'react-aria-components'
import { cx } from './cx'

export interface ActionMenuProps<T> extends Omit<AriaMenuProps<T>, 'className'> {
  /** The trigger's accessible name, naming what the actions apply to ("Actions pour Simon DURAND"). */
  label: string
  'data-testid'?: string
}

/** A "⋮" button opening a menu of actions (keyboard, touch and screen-reader ready). */
export function ActionMenu<T extends object>({ label, ...props }: ActionMenuProps<T>) {
  return (
    <MenuTrigger>
      <AriaButton className="menu-trigger" aria-label={label} data-testid={props['data-testid']}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="5" r="2" />
          <circle cx="12" cy="12" r="2" />
          <circle cx="12" cy="19" r="2" />
        </svg>
      </AriaButton>
      <Popover className="popover" placement="bottom end" offset={4}>
        <AriaMenu {...props} className="menu" />
      </Popover>
    </MenuTrigger>
  )
}

export interface MenuItemProps<T> extends Omit<AriaMenuItemProps<T>, 'className'> {
  tone?: 'default' | 'danger'
}

export function MenuItem<T extends object>({ tone = 'default', ...props }: MenuItemProps<T>) {
  return <AriaMenuItem {...props} className={cx('menu__item', tone === 'danger' && 'menu__item--danger')} />
}
