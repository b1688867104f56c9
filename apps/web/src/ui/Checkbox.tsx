import './Field.css'
import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from 'react-aria-components'
import { cx } from './cx'

export interface CheckboxProps extends Omit<AriaCheckboxProps, 'children' | 'className'> {
  children: React.ReactNode
  className?: string
}

/** A checkbox with its label; the whole row is a 44-px touch target. */
export function Checkbox({ children, className, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className={cx('checkbox', className)}>
      {({ isIndeterminate }) => (
        <>
          <span className="checkbox__box" aria-hidden="true">
            <svg viewBox="0 0 18 18" aria-hidden="true">
              {isIndeterminate ? <path d="M4 9h10" /> : <path d="M3.5 9.5l3.5 3.5 7.5-8" />}
            </svg>
          </span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  )
}
