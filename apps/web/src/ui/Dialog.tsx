import './Dialog.css'
import { lazy, Suspense, useState } from 'react'
import type { ModalOverlayProps } from 'react-aria-components'

export interface DialogProps extends Omit<ModalOverlayProps, 'children' | 'className' | 'isOpen'> {
  isOpen: boolean
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

// A page shows its dialogs on demand: the modal's code (focus trap, scroll lock, hiding the page
// from screen readers) loads when one first opens, and stays mounted to close with its animation.
export const loadDialog = () => import('./Modal')
const Modal = lazy(loadDialog)

/**
 * A modal dialog, controlled with `isOpen`/`onOpenChange`: focus moves in and is trapped, Escape
 * closes it (not a click outside, unless `isDismissable`), focus returns to where it was.
 */
export function Dialog(props: DialogProps) {
  const [used, setUsed] = useState(props.isOpen)
  if (props.isOpen && !used) setUsed(true)
  if (!used) return null
  return (
    <Suspense fallback={null}>
      <Modal {...props} />
    </Suspense>
  )
}
