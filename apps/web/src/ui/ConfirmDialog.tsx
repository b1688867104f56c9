import { useT } from '../i18n'
import { Alert } from './Alert'
import { Button } from './Button'
import { Dialog } from './Dialog'

export interface ConfirmDialogProps {
  isOpen: boolean
  onOpenChange: (isOpen: boolean) => void
  title: string
  children?: React.ReactNode
  /** The confirming button's label: the action itself ("Supprimer la session"), not "OK". */
  confirmLabel: string
  onConfirm: () => void
  /** `danger` for destructive actions (red button). */
  tone?: 'primary' | 'danger'
  isPending?: boolean
  /** Why the action failed, shown in the dialog (which stays open). */
  error?: string | null
  'data-testid'?: string
}

/**
 * "Are you sure?" for an action that cannot be undone: an `alertdialog` with "Annuler" and the
 * action. Controlled: the caller closes it when the action has succeeded.
 */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  onConfirm,
  tone = 'primary',
  isPending = false,
  error,
  ...rest
}: ConfirmDialogProps) {
  const t = useT()
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!isPending) onOpenChange(open)
      }}
      role="alertdialog"
      title={title}
      data-testid={rest['data-testid']}
      actions={(close) => (
        <>
          <Button variant="secondary" onPress={close} isDisabled={isPending} data-testid="confirm-cancel">
            {t('common.cancel')}
          </Button>
          <Button variant={tone} onPress={onConfirm} isPending={isPending} data-testid="confirm-ok">
            {confirmLabel}
          </Button>
        </>
      )}
    >
      {children}
      {error && (
        <Alert tone="error" className="dialog__error">
          {error}
        </Alert>
      )}
    </Dialog>
  )
}
