/**
 * Bytes of a text file → text. Spreadsheets save CSV either as UTF-8 (with or without a byte order
 * mark) or in the Windows code page (Excel's « CSV (séparateur : point-virgule) » on a French
 * Windows). Windows-1252 text with accents is almost never valid UTF-8, so: valid UTF-8 is
 * UTF-8, anything else is Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  const withoutBom = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(withoutBom)
  } catch {
    return decodeWindows1252(withoutBom)
  }
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

/**
 * Node 20's TextDecoder reads 'windows-1252' as ISO-8859-1, turning bytes 0x80–0x9F (€, œ, ’, …)
 * into invisible control characters (nodejs/node#56542), so those are mapped here as the WHATWG
 * Encoding Standard does. The five bytes that standard leaves as control characters stay as they are.
 */
const WINDOWS_1252_C1: Readonly<Record<number, string>> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_C1[control.charCodeAt(0)] ?? control)
}
