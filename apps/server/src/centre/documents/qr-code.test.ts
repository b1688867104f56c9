import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { QR_CODE_OPTIONS, renderQrCodePng } from './qr-code'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

describe('the QR code of an address', () => {
  it('is a PNG of the address’s modules with a quiet zone, at the chosen scale', async () => {
    const url = 'http://localhost:3000/surveillance?session=123456'
    const png = await renderQrCodePng(url)
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
    const { size } = QRCode.create(url, {
      errorCorrectionLevel: QR_CODE_OPTIONS.errorCorrectionLevel,
    }).modules
    const side = (size + 2 * QR_CODE_OPTIONS.margin) * QR_CODE_OPTIONS.scale
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: side,
      height: side,
    })
  })
})
