import { Form as AriaForm, type FormProps as AriaFormProps } from 'react-aria-components'
import { cx } from './cx'

export type FormProps = Omit<AriaFormProps, 'className'> & {
  className?: string
  ref?: React.Ref<HTMLFormElement>
}

/**
 * A form: native constraint validation (required, type, maxLength) shown with our own messages
 * when submitting, and server errors per field through `validationErrors={{[name]: message}}`.
 */
export function Form({ className, ...props }: FormProps) {
  return <AriaForm {...props} className={cx('form', className)} />
}

/** The row of buttons at the end of a form (stacked on a phone). */
export function FormActions({ children, className }: { children: React.ReactNode; className?: string }) {
  return <div className={cx('form__actions', className)}>{children}</div>
}
