/**
 * ExcelJS stamps every zip entry with the current time, so the same workbook never has the same
 * bytes twice. Setting every entry (central directory and local headers) to one fixed DOS date
 * makes a generated sample or fixture byte-for-byte reproducible.
 */
export function fixZipTimes(zip: Buffer, date: { y: number; m: number; d: number }): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("not a zip file");
  const entries = zip.readUInt16LE(eocd + 10);
  const dosTime = 0;
  const dosDate = ((date.y - 1980) << 9) | (date.m << 5) | date.d;
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    zip.writeUInt16LE(dosTime, p + 12);
    zip.writeUInt16LE(dosDate, p + 14);
    const local = zip.readUInt32LE(p + 42);
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}
