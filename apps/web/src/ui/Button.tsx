import './Button.css'
import {
  Button as AriaButton,
  type ButtonProps as AriaButtonProps,
  Link as AriaLink,
  type LinkProps as AriaLinkProps,
  composeRenderProps,
} from 'react-aria-components'
import { cx } from './cx'
import { Spinner } from './Spinner'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost'

export interface ButtonProps extends AriaButtonProps {
  variant?: ButtonVariant
  /** Take the whole width of the container (forms on a phone). */
  fullWidth?: boolean
}

/**
 * A button. `isPending` shows a spinner and blocks presses while keeping focus (submit in flight).
 */
export function Button({ variant = 'primary', fullWidth, className, children, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      className={composeRenderProps(className, (extra) =>
        cx('button', `button--${variant}`, fullWidth && 'button--full', extra),
      )}
    >
      {composeRenderProps(children, (content, { isPending }) => (
        <>
          {isPending && <Spinner size="sm" />}
          {content}
        </>
      ))}
    </AriaButton>
  )
}

export interface LinkButtonProps extends AriaLinkProps {
  variant?: ButtonVariant
  fullWidth?: boolean
}

/** A link (navigation) that looks like a button. */
export function LinkButton({ variant = 'secondary', fullWidth, className, ...props }: LinkButtonProps) {
  return (
    <AriaLink
      {...props}
      className={composeRenderProps(className, (extra) =>
        cx('button', `button--${variant}`, fullWidth && 'button--full', extra),
      )}
    />
  )
}

/** A text link; with `standalone`, it gets a 44-px touch target (links on their own line). */
export function TextLink({ standalone, className, ...props }: AriaLinkProps & { standalone?: boolean }) {
  return (
    <AriaLink
      {...props}
      className={composeRenderProps(className, (extra) =>
        cx('text-link', standalone && 'text-link--standalone', extra),
      )}
    />
  )
}
