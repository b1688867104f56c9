import QRCode from 'qrcode'

/**
 * Error correction M survives a creased or slightly smudged printout; two modules of white margin
 * keep the code readable even when it is printed on a tinted background.
 */
export const QR_CODE_OPTIONS = { errorCorrectionLevel: 'M', margin: 2, scale: 8 } as const

/** The QR code of a text (here an address), as a PNG image. */
export function renderQrCodePng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    ...QR_CODE_OPTIONS,
    type: 'png',
    color: { dark: '#000000', light: '#ffffff' },
  })
}
