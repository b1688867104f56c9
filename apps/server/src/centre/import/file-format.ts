export type CandidateFileFormat = 'csv' | 'xlsx' | 'xls' | 'unsupported'

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte)

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** OLE2 compound file: Excel 97–2003 workbooks. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * A workbook is recognised by its content first, since a browser may send it under any name;
 * a CSV, which has no signature, by its extension, and only if it is text (no NUL byte: not
 * UTF-16, not a binary file renamed).
 */
export function detectFileFormat(bytes: Uint8Array, fileName: string): CandidateFileFormat {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase()
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE2)) return 'xls'
  if (extension === 'xlsx') return 'xlsx'
  if (extension === 'xls') return 'xls'
  if (extension === 'csv' && !bytes.includes(0)) return 'csv'
  return 'unsupported'
}
