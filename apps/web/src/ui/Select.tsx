import './Field.css'
import './Menu.css'
import {
  Select as AriaSelect,
  type SelectProps as AriaSelectProps,
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
  Text,
} from 'react-aria-components'
import { useT } from '../i18n'
import { cx } from './cx'
import { validationMessage } from './TextField'

export interface SelectOption {
  id: string
  label: string
}

export interface SelectProps
  extends Omit<AriaSelectProps<SelectOption>, 'children' | 'className' | 'items' | 'selectionMode'> {
  label: string
  description?: string
  options: readonly SelectOption[]
  className?: string
}

/**
 * A single choice among a few options, shown as a button that opens a list (keyboard: arrows,
 * type-ahead, Escape). The value is the chosen option's `id`.
 */
export function Select({ label, description, options, className, ...props }: SelectProps) {
  const t = useT()
  return (
    <AriaSelect {...props} className={cx('field', className)}>
      <Label className="field__label">{label}</Label>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{(validation) => validationMessage(t, validation)}</FieldError>
      <Button className="field__input select__button">
        <SelectValue className="select__value" />
        <svg className="select__chevron" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M5 7.5l5 5 5-5" />
        </svg>
      </Button>
      <Popover className="popover select__popover" offset={4}>
        <ListBox className="menu" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="menu__item select__option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  )
}
