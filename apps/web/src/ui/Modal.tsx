import { Dialog as AriaDialog, Modal as AriaModal, Heading, ModalOverlay } from 'react-aria-components'
import type { DialogProps } from './Dialog'

/** The `Dialog` once its code has loaded (on first opening). */
export default function Modal({
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
