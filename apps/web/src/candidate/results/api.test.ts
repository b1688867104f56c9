import { describe, expect, it } from 'vitest'
import { attachmentName } from './api'

describe('attachmentName', () => {
  it('reads the file name the server gives', () => {
    expect(attachmentName('attachment; filename="certificat-P-7KQ3-MXTA-92HF.pdf"')).toBe(
      'certificat-P-7KQ3-MXTA-92HF.pdf',
    )
    expect(attachmentName('attachment; filename=certificat.pdf')).toBe('certificat.pdf')
    expect(
      attachmentName('attachment; filename="a.pdf"; filename*=UTF-8\'\'certificat%20%C3%A9t%C3%A9.pdf'),
    ).toBe('certificat été.pdf')
  })

  it('keeps no folder, and gives nothing without a name', () => {
    expect(attachmentName('attachment; filename="../../etc/passwd"')).toBe('passwd')
    expect(attachmentName('attachment; filename=".."')).toBeNull()
    expect(attachmentName('attachment')).toBeNull()
    expect(attachmentName(null)).toBeNull()
  })
})
