import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A zip archive of files held in memory (deflate, no zip64, no encryption): enough for an
 * extension package of a few kilobytes, which Chromium and Firefox both open.
 */
export function zip(files: Array<{ name: string; data: Buffer }>, modified: Date): Buffer {
  // MS-DOS time and date, in local fields as the format wants; seconds are stored halved.
  const dosTime = (modified.getHours() << 11) | (modified.getMinutes() << 5) | (modified.getSeconds() >> 1)
  const dosDate =
    ((modified.getFullYear() - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate()
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8')
    const packed = deflateRawSync(file.data, { level: 9 })
    const crc = crc32(file.data)
    const fields = { dosTime, dosDate, crc, packedSize: packed.length, size: file.data.length, name }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    writeFileFields(local, 4, fields)
    // extra length: 0
    locals.push(local, name, packed)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by: Unix, 2.0
    writeFileFields(central, 6, fields)
    // extra length, comment length, disk number, internal attributes: 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38) // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * The fields a file's local header and its central directory entry both hold, in the same order
 * (from "version needed" to the name's length); `at` is where they start in either.
 */
function writeFileFields(
  header: Buffer,
  at: number,
  file: { dosTime: number; dosDate: number; crc: number; packedSize: number; size: number; name: Buffer },
) {
  header.writeUInt16LE(20, at) // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, at + 2) // names are UTF-8
  header.writeUInt16LE(8, at + 4) // deflate
  header.writeUInt16LE(file.dosTime, at + 6)
  header.writeUInt16LE(file.dosDate, at + 8)
  header.writeUInt32LE(file.crc, at + 10)
  header.writeUInt32LE(file.packedSize, at + 14)
  header.writeUInt32LE(file.size, at + 18)
  header.writeUInt16LE(file.name.length, at + 22)
}
