import './Field.css'
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  type ValidationResult,
} from 'react-aria-components'
import { type Translate, useT } from '../i18n'
import { cx } from './cx'

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'children' | 'className'> {
  label: string
  /** Help shown under the label and linked to the input (`aria-describedby`). */
  description?: string
  /** Overrides the error text; by default, catalogue messages for required/format/length errors. */
  errorMessage?: string | ((validation: ValidationResult) => string)
  placeholder?: string
  /** A text area (several lines) rather than a one-line input. */
  multiline?: boolean
  className?: string
}

/**
 * The catalogue message for a failed validation: the browser's own messages would follow the
 * browser's language, not the app's. Custom (`validate`) and server messages are shown as given.
 */
export function validationMessage(
  t: Translate,
  { validationDetails: details, validationErrors }: ValidationResult,
  { type, maxLength }: { type?: string | undefined; maxLength?: number | undefined } = {},
): string {
  if (details.valueMissing) return t('field.required')
  if (details.typeMismatch) return type === 'email' ? t('field.invalidEmail') : t('field.invalid')
  if (details.tooLong && maxLength) return t('field.tooLong', { count: maxLength })
  if (details.customError && validationErrors.length) return validationErrors.join(' ')
  return t('field.invalid')
}

/**
 * Once a field shows an error, check it again at each keystroke rather than on blur: otherwise the
 * message vanishes as the user presses "submit", the button moves up under the pointer, and the
 * click is lost. react-aria re-validates on the native `change` event.
 */
function revalidateWhileTyping(event: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) {
  const input = event.currentTarget
  if (input.getAttribute('aria-invalid') === 'true')
    input.dispatchEvent(new Event('change', { bubbles: true }))
}

/**
 * A labelled text input with an optional description and an error message, all wired with
 * `aria-labelledby`, `aria-describedby` and `aria-invalid` by react-aria. Server errors reach it
 * through `<Form validationErrors={{[name]: message}}>`.
 */
export function TextField({
  label,
  description,
  errorMessage,
  placeholder,
  multiline,
  className,
  ...props
}: TextFieldProps) {
  const t = useT()
  return (
    <AriaTextField {...props} className={cx('field', className)}>
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">
        {(validation) =>
          typeof errorMessage === 'function'
            ? errorMessage(validation)
            : (errorMessage ??
              validationMessage(t, validation, { type: props.type, maxLength: props.maxLength }))
        }
      </FieldError>
      {multiline ? (
        <TextArea
          className="field__input field__input--multiline"
          placeholder={placeholder}
          onInput={revalidateWhileTyping}
        />
      ) : (
        <Input className="field__input" placeholder={placeholder} onInput={revalidateWhileTyping} />
      )}
    </AriaTextField>
  )
}
