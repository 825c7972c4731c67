/**
 * What only other readers open (an Open XML SDK .xlsx), what nothing opens (a password), and the
 * size limit for .xls and .ods: each refused early with the clerk's message.
 */
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openWorkbook, readWorkbookSheets, UnreadableWorkbookError } from "../../src/workbook";
import { FORMAT_FILES_DIR } from "./convert-fixtures";
import { dialectXlsx, type DialectSheet } from "./dialect-xlsx";

const LIST: DialectSheet = {
  name: "Danh sách",
  headerFont: ".VnTime",
  hiddenRows: [3],
  merges: ["A5:B5"],
  rows: [
    ["STT", "Hä vµ tªn", "N¨m sinh"],
    [1, "NguyÔn V¨n An", 1980],
    [{ formula: "A2+1", result: 2, shared: "A3:A4" }, "TrÇn ThÞ B×nh", 1981],
    [{ formula: "A2+1", result: 3, shared: "A3:A4" }, "Lª V¨n C­êng", 1982],
    ["Tæng céng"],
  ],
};

/** A minimal BIFF8 workbook: one RK number per row, in an OLE container, as fast to build as to scan. */
function biffWorkbook(sheets: { name: string; rows: number }[]): Uint8Array {
  const record = (type: number, data: number[]): number[] => [
    type & 0xff,
    type >> 8,
    data.length & 0xff,
    data.length >> 8,
    ...data,
  ];
  const bof = (dt: number): number[] =>
    record(0x0809, [0x00, 0x06, dt, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const eof = record(0x000a, []);
  const u32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  const boundsheet = (name: string, offset: number): number[] => {
    const chars = [...name].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
    return record(0x0085, [...u32(offset), 0, 0, name.length, 1, ...chars]);
  };
  const bodies = sheets.map((s) => {
    const out: number[] = [...bof(0x10)];
    for (let r = 0; r < s.rows; r++)
      out.push(...record(0x027e, [r & 0xff, r >> 8, 0, 0, 0x0f, 0, ...u32(((r << 2) | 2) >>> 0)]));
    return [...out, ...eof];
  });
  const globalsLength =
    bof(0x05).length + sheets.reduce((n, s) => n + boundsheet(s.name, 0).length, 0) + eof.length;
  const globals = [...bof(0x05)];
  let offset = globalsLength;
  sheets.forEach((s, i) => {
    globals.push(...boundsheet(s.name, offset));
    offset += bodies[i].length;
  });
  globals.push(...eof);
  const stream = new Uint8Array([...globals, ...bodies.flat()]);
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "Workbook", stream);
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as number[]);
}

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const e = await readWorkbookSheets(bytes, name).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UnreadableWorkbookError);
  return (e as Error).message;
}

describe("an .xlsx in the Open XML SDK's dialect (x: prefix, absolute paths, inline strings, shared formulas)", () => {
  it("is refused by ExcelJS, which is why it needs another reader", async () => {
    const bytes = await dialectXlsx([LIST]);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).rejects.toThrow();
  });

  it("reads as its grid: inline strings, shared formulas' cached results, merges, hidden rows, font", async () => {
    const [sheet] = await readWorkbookSheets(await dialectXlsx([LIST]), "sdk.xlsx");
    expect(sheet).toEqual({
      name: "Danh sách",
      values: [
        ["STT", "Hä vµ tªn", "N¨m sinh"],
        [1, "NguyÔn V¨n An", 1980],
        [2, "TrÇn ThÞ B×nh", 1981],
        [3, "Lª V¨n C­êng", 1982],
        ["Tæng céng", null, null],
      ],
      originRow: 1,
      originCol: 1,
      merges: [{ top: 5, left: 1, bottom: 5, right: 2 }],
      hiddenRows: [3],
      fontNames: [".VnTime"],
      visibility: "visible",
    });
  });

  it("opens on the ExcelJS port for its annotated copy, which ExcelJS reads back", async () => {
    const book = await openWorkbook(await dialectXlsx([LIST]), "sdk.xlsx");
    const copy = await book.save();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(copy as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet("Danh sách")!.getCell("B4").value).toBe("Lª V¨n C­êng");
    expect(back.getWorksheet("Danh sách")!.getRow(3).hidden).toBe(true);
  });
});

describe("password-protected workbooks", () => {
  const PASSWORD = /^Tệp «.*» có mật khẩu nên không đọc được\. Hãy mở bằng Excel, bỏ mật khẩu/;

  it("an .xls with a FILEPASS record", async () => {
    const cfb = XLSX.CFB.read(await readFile(join(FORMAT_FILES_DIR, "03-tcvn3.xls")), { type: "buffer" });
    const stream = Uint8Array.from(XLSX.CFB.find(cfb, "Workbook").content as number[]);
    // FILEPASS (RC4) right after the globals' BOF record, as Excel writes it.
    const bofEnd = 4 + (stream[2] | (stream[3] << 8));
    const filepass = new Uint8Array(4 + 54);
    filepass.set([0x2f, 0x00, 54, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00]);
    const encrypted = new Uint8Array([
      ...stream.subarray(0, bofEnd),
      ...filepass,
      ...stream.subarray(bofEnd),
    ]);
    const out = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(out, "Workbook", encrypted);
    const bytes = new Uint8Array(XLSX.CFB.write(out, { type: "array" }) as number[]);
    expect(await refusal(bytes, "mat-khau.xls")).toMatch(PASSWORD);
  });

  it("an .ods whose manifest lists encrypted parts", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file(
      "META-INF/manifest.xml",
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">' +
        '<manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>',
    );
    zip.file("content.xml", new Uint8Array(64).fill(7));
    expect(await refusal(await zip.generateAsync({ type: "uint8array" }), "mat-khau.ods")).toMatch(PASSWORD);
  });
});

describe("the size limit for every format", () => {
  it("refuses an .xls of 2 × 60 000 rows before SheetJS reads its cells", async () => {
    const bytes = biffWorkbook([
      { name: "Một", rows: 60_000 },
      { name: "Hai", rows: 60_000 },
    ]);
    expect(await refusal(bytes, "lon.xls")).toBe(
      "Tệp «lon.xls» quá lớn: 120.000 dòng («Một» 60.000 dòng, «Hai» 60.000 dòng), vượt giới hạn 100.000 dòng " +
        "mỗi tệp mà Trợ lý đọc được. Hãy tách danh sách thành nhiều tệp nhỏ hơn hoặc xóa các dòng thừa rồi lưu lại.",
    );
  });

  it("refuses an .ods of a few hundred bytes that repeats one row a million times", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("META-INF/manifest.xml", "<manifest:manifest/>");
    zip.file("styles.xml", "<office:document-styles/>");
    zip.file(
      "content.xml",
      '<office:document-content><office:body><office:spreadsheet><table:table table:name="Danh sách">' +
        '<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string">' +
        "<text:p>Nguyễn Văn An</text:p></table:table-cell></table:table-row></table:table>" +
        "</office:spreadsheet></office:body></office:document-content>",
    );
    const message = await refusal(await zip.generateAsync({ type: "uint8array" }), "bom.ods");
    expect(message).toMatch(
      /^Tệp «bom\.ods» quá lớn: 1\.000\.000 dòng, 1\.000\.000 ô \(«Danh sách» 1\.000\.000 dòng\)/,
    );
  });

  it("refuses a zip whose parts would unpack to more than 400 MB", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/sharedStrings.xml", new Uint8Array(1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // The directory says what the part unpacks to: 420 MB of zeros deflate to about 400 KB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let p = 0; p + 46 < bytes.length; p++)
      if (
        view.getUint32(p, true) === 0x02014b50 &&
        new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + 20)) === "xl/sharedStrings.xml"
      )
        view.setUint32(p + 24, 420 * 1024 * 1024, true);
    expect(await refusal(bytes, "bom.xlsx")).toMatch(
      /^Tệp «bom\.xlsx» quá lớn: hơn 400 MB dữ liệu khi giải nén/,
    );
  });
});

describe("honest messages", () => {
  it("calls a file broken only when no reader opens it", async () => {
    const good = new Uint8Array(await readFile(join(FORMAT_FILES_DIR, "01-xa-tieu-de-hai-dong.xls")));
    expect(await refusal(good.slice(0, 3000), "cat.xls")).toMatch(
      /^Tệp «cat\.xls» bị hỏng hoặc chưa được chép đầy đủ/,
    );
    expect((await readWorkbookSheets(good, "ok.xls"))[0].name).toBe("Danh sách");
  });
});
