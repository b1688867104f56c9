import './Field.css'
import {
  RadioGroup as AriaRadioGroup,
  type RadioGroupProps as AriaRadioGroupProps,
  FieldError,
  Label,
  Radio,
  Text,
} from 'react-aria-components'
import { useT } from '../i18n'
import { cx } from './cx'
import { validationMessage } from './TextField'

export interface RadioOption {
  value: string
  label: string
}

export interface RadioGroupProps extends Omit<AriaRadioGroupProps, 'children' | 'className'> {
  label: string
  description?: string
  options: readonly RadioOption[]
  /** Overrides the error text (by default "Ce champ est obligatoire." when nothing is chosen). */
  errorMessage?: string
  className?: string
}

/** A labelled group of radio buttons (arrows move the choice); laid out in a row while it fits. */
export function RadioGroup({
  label,
  description,
  options,
  errorMessage,
  className,
  ...props
}: RadioGroupProps) {
  const t = useT()
  return (
    <AriaRadioGroup {...props} className={cx('field', 'radio-group', className)}>
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">
        {(validation) => errorMessage ?? validationMessage(t, validation)}
      </FieldError>
      <div className="radio-group__options">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="radio">
            <span className="radio__circle" aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  )
}
