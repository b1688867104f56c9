import './Dialog.css'
import {
  Dialog as AriaDialog,
  Modal as AriaModal,
  Heading,
  ModalOverlay,
  type ModalOverlayProps,
} from 'react-aria-components'

export { DialogTrigger } from 'react-aria-components'

export interface DialogProps extends Omit<ModalOverlayProps, 'children' | 'className'> {
  title: React.ReactNode
  children?: React.ReactNode
  /** The buttons at the bottom; a function receives `close`. Put the main action last. */
  actions?: React.ReactNode | ((close: () => void) => React.ReactNode)
  /** `alertdialog` for confirmations of destructive or irreversible actions. */
  role?: 'dialog' | 'alertdialog'
  /** `wide` for long forms (two columns of fields on a large screen). */
  size?: 'default' | 'wide'
  'data-testid'?: string
}

/**
 * A modal dialog: focus moves in and is trapped, Escape closes it (not a click outside, unless
 * `isDismissable`), focus returns to the trigger. Use inside `<DialogTrigger>` with its button,
 * or controlled with `isOpen`/`onOpenChange`.
 */
export function Dialog({
  title,
  children,
  actions,
  role = 'dialog',
  size = 'default',
  ...props
}: DialogProps) {
  return (
    <ModalOverlay {...props} className="modal-overlay">
      <AriaModal className={size === 'wide' ? 'modal modal--wide' : 'modal'}>
        <AriaDialog className="dialog" role={role} data-testid={props['data-testid']}>
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              {children && <div className="dialog__body">{children}</div>}
              {actions && (
                <div className="dialog__actions">
                  {typeof actions === 'function' ? actions(close) : actions}
                </div>
              )}
            </>
          )}
        </AriaDialog>
      </AriaModal>
    </ModalOverlay>
  )
}
