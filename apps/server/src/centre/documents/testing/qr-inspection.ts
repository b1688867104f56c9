import QRCode from 'qrcode'
import { QR_CODE_OPTIONS } from '../qr-code'
import type { RasterImage } from './pdf-inspection'

/** The modules (dark or light) of the QR code of `text`, as the documents draw it. */
export function expectedQrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_CODE_OPTIONS.errorCorrectionLevel })
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, column) => modules.get(row, column) === 1),
  )
}

/**
 * Samples the centre of each module of the QR code in the image, for a code of `text`'s size. The
 * top-left module is always dark (a finder pattern's corner), which gives the quiet zone's width
 * and hence the module size.
 */
export function readQrModules(image: RasterImage, text: string): boolean[][] {
  const size = expectedQrModules(text).length
  let margin = 0
  while (margin < image.width && !image.isDark(margin, margin)) margin++
  const modulePixels = (image.width - 2 * margin) / size
  const centre = (index: number) => Math.floor(margin + (index + 0.5) * modulePixels)
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => image.isDark(centre(column), centre(row))),
  )
}
