/**
 * The bad-input catalog's fixtures, written into test/bad-inputs/out/ (gitignored) by jest's global
 * setup: one file per thing units really send that a tidy list is not. The million-row workbook is
 * not here: its test streams it into a temporary directory.
 *
 *   npx tsx test/bad-inputs/build.ts [OUT_DIR]
 */
import ExcelJS from "exceljs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  oleFile,
  toTcvn3,
  workbookBytes,
  type FixtureCell,
  type FixtureSheet,
} from "../fixtures/build-fixtures";

export const BAD_DIR = resolve(__dirname, "out");

export interface BadInput {
  file: string;
  about: string;
  bytes: () => Promise<Uint8Array>;
}

const _ = null;
const HEADER = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Quê quán", "Tóm tắt thành tích"];
const TITLE = ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG CÁ NHÂN NĂM 2025"];
const ACH = "Hoàn thành xuất sắc nhiệm vụ năm 2024, dẫn đầu phong trào thi đua của đơn vị";

/** A person's row under HEADER. */
function person(n: number, name: FixtureCell, born: FixtureCell = 1980): FixtureCell[] {
  return [n, name, born, "Giáo viên", "An Giang", ACH];
}

/** One sheet "Danh sách": title, blank row, HEADER on row 3, then `rows` from row 4. */
function listSheet(rows: FixtureCell[][], extra: Partial<FixtureSheet> = {}): FixtureSheet {
  return { name: "Danh sách", rows: [TITLE, [], HEADER, ...rows], ...extra };
}

function book(sheets: FixtureSheet[], date1904 = false): () => Promise<Uint8Array> {
  return () => workbookBytes({ file: "", about: "", sheets, date1904 });
}

async function exceljsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The people of b05, born 1970, 1971, … in this order. */
export const MERGED_NAMES = [
  "Nguyễn Văn An",
  "Trần Thị Bình",
  "Lê Văn Cường",
  "Phạm Thị Dung",
  "Võ Văn Em",
  "Hồ Thị Phúc",
];

/** Every cell in A1:F9 inside a merge: each pair of columns merged, each header cell over two rows. */
function everyCellMerged(): FixtureSheet {
  const rows: FixtureCell[][] = [
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", _, _, _, _, _],
    ["STT", _, "Họ và tên", _, "Năm sinh", _],
    [],
  ];
  const merges = ["A1:F1", "A2:B3", "C2:D3", "E2:F3"];
  MERGED_NAMES.forEach((name, i) => {
    rows.push([i + 1, _, name, _, 1970 + i, _]);
    for (const [a, b] of [
      ["A", "B"],
      ["C", "D"],
      ["E", "F"],
    ])
      merges.push(`${a}${i + 4}:${b}${i + 4}`);
  });
  return { name: "Danh sách", rows, merges };
}

export const LONG_TEXT = "Thành tích xuất sắc. ".repeat(1561).slice(0, 32_767);

export const FORMULA_LIKE = [
  '=HYPERLINK("http://vi-du.vn","Xem hồ sơ")',
  "+84 912 345 678",
  "-Giáo viên dạy giỏi cấp tỉnh",
  "@Trường THCS Mỹ Hòa",
];

export const BAD_INPUTS: BadInput[] = [
  {
    file: "b01-so-trong.xlsx",
    about: "a workbook whose two sheets are empty",
    bytes: book([
      { name: "Sheet1", rows: [] },
      { name: "Sheet2", rows: [] },
    ]),
  },
  {
    file: "b02-chi-tieu-de.xlsx",
    about: "a sheet with only a title",
    bytes: book([{ name: "Danh sách", rows: [["ỦY BAN NHÂN DÂN XÃ MỸ HÒA HƯNG"], [], TITLE] }]),
  },
  {
    file: "b03-tieu-de-khong-dong.xlsx",
    about: "a header with no rows under it",
    bytes: book([listSheet([])]),
  },
  {
    file: "b05-tat-ca-o-gop.xlsx",
    about: "every cell of the list inside a merged area",
    bytes: book([everyCellMerged()]),
  },
  {
    file: "b06-loi-khap-noi.xlsx",
    about: "error values in every data cell",
    bytes: book([
      listSheet(
        ["#N/A", "#REF!", "#VALUE!"].map((error) =>
          [1, 2, 3, 4, 5, 6].map(() => ({ error }) as ExcelJS.CellErrorValue),
        ),
      ),
    ]),
  },
  {
    file: "b07-cong-thuc-chua-tinh.xlsx",
    about: "formulas without a cached result (a file saved by a program that does not calculate)",
    bytes: book([
      listSheet([
        person(1, "Nguyễn Văn An"),
        person(2, { formula: 'PROPER("trần thị bình")' } as ExcelJS.CellFormulaValue),
        person(3, "Lê Văn Cường", { formula: "1970+5" } as ExcelJS.CellFormulaValue),
      ]),
    ]),
  },
  {
    file: "b08-o-32767.xlsx",
    about: "cells of 32 767 characters, Excel's maximum",
    bytes: book([
      listSheet([
        [1, "Nguyễn Văn An", 1980, "Giáo viên", "An Giang", LONG_TEXT],
        [2, "Trần Thị Bình", 1982, LONG_TEXT, "An Giang", ACH],
      ]),
    ]),
  },
  {
    file: "b09-ky-tu-an.xlsx",
    about: "control characters, zero-width spaces, tabs, NBSP and line breaks in names",
    bytes: book([
      listSheet([
        person(1, "Nguy\u200bễn\u00a0Văn\tAn"),
        person(2, "\ufeffTrần Thị\u0007 Bình\u200d"),
        person(3, "Lê Văn\r\nCường "),
      ]),
    ]),
  },
  {
    file: "b10-tcvn3-lan-unicode.xlsx",
    about: "TCVN3 and Unicode names mixed in one column",
    bytes: book([
      listSheet([
        person(1, "Nguyễn Văn An"),
        person(2, toTcvn3("Trần Thị Hương")),
        person(3, "Lê Văn Cường"),
        person(4, toTcvn3("Đặng Thị Yến")),
      ]),
    ]),
  },
  {
    file: "b11-nfd.xlsx",
    about: "names in decomposed Unicode (NFD), as some Mac and web tools write them",
    bytes: book([
      listSheet(
        ["Nguyễn Văn An", "Trần Thị Hương", "Đặng Quốc Việt"].map((n, i) =>
          person(i + 1, n.normalize("NFD")),
        ),
      ),
    ]),
  },
  {
    file: "b12-trung-tieu-de.xlsx",
    about: "two columns both headed «Họ và tên»",
    bytes: book([
      {
        name: "Danh sách",
        rows: [
          TITLE,
          [],
          ["STT", "Họ và tên", "Năm sinh", "Họ và tên", "Quê quán"],
          [1, "Nguyễn Văn An", 1980, "Nguyễn Văn Ân", "An Giang"],
          [2, "Trần Thị Bình", 1982, "Trần Thị Bính", "An Giang"],
        ],
      },
    ]),
  },
  {
    file: "b13-hai-tieu-de.xlsx",
    about: "the header repeated on the second printed page, in the middle of the list",
    bytes: book([
      listSheet([person(1, "Nguyễn Văn An"), person(2, "Trần Thị Bình"), HEADER, person(3, "Lê Văn Cường")]),
    ]),
  },
  {
    file: "b14-so-dang-chu.xlsx",
    about: "numbers stored as text: STT, years and dates",
    bytes: book([
      listSheet([
        ["1", "Nguyễn Văn An", "1978", "Giáo viên", "An Giang", ACH],
        [" 2 ", "Trần Thị Bình", "05/03/1980", "Giáo viên", "An Giang", ACH],
        ["3.", "Lê Văn Cường", " năm 1975 ", "Giáo viên", "An Giang", ACH],
      ]),
    ]),
  },
  {
    file: "b15-ngay-truoc-1900.xlsx",
    about: "a date before 1900 (text in Excel) and the fictitious 29/02/1900 (serial 60)",
    bytes: book([
      {
        name: "Danh sách",
        rows: [
          TITLE,
          [],
          ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Quê quán", "Tóm tắt thành tích"],
          person(1, "Nguyễn Văn An", "12/05/1895"),
          person(2, "Trần Thị Bình", 60),
          person(3, "Lê Văn Cường", 61),
        ],
      },
    ]),
  },
  {
    file: "b16-date1904.xlsx",
    about: "a workbook in the 1904 date system (old Excel for Mac)",
    bytes: book(
      [
        {
          name: "Danh sách",
          rows: [
            TITLE,
            [],
            ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Quê quán", "Tóm tắt thành tích"],
            person(1, "Nguyễn Văn An", { date: new Date(Date.UTC(1980, 2, 5)) }),
            person(2, "Trần Thị Bình", { date: new Date(Date.UTC(1975, 11, 31)) }),
          ],
        },
      ],
      true,
    ),
  },
  {
    file: "b17-trang-an.xlsx",
    about: "a visible, a hidden and a very hidden sheet, each holding a list",
    bytes: book([
      listSheet([person(1, "Nguyễn Văn An")], { name: "Hiện" }),
      listSheet([person(1, "Trần Thị Bình")], { name: "Ẩn", state: "hidden" }),
      listSheet([person(1, "Lê Văn Cường")], { name: "Ẩn sâu", state: "veryHidden" }),
    ]),
  },
  {
    file: "b18-trang-khoa.xlsx",
    about: "a protected sheet (no password needed to read it)",
    bytes: () =>
      exceljsBytes((wb) => {
        const ws = wb.addWorksheet("Danh sách");
        for (const row of [
          TITLE,
          [],
          HEADER,
          person(1, "Nguyễn Văn An"),
          person(2, "Trần Thị Bình", "1990x"),
        ])
          ws.addRow(row as ExcelJS.CellValue[]);
        // ExcelJS's protect() is async (it hashes the password) but the model is set synchronously.
        void ws.protect("matkhau", { selectLockedCells: true });
      }),
  },
  {
    file: "b19-mat-khau.xlsx",
    about: "a password-protected workbook (an OLE container with EncryptionInfo)",
    bytes: async () => oleFile(["EncryptionInfo", "EncryptedPackage"]),
  },
  {
    file: "b20-cat-ngang.xlsx",
    about: "a workbook cut off two thirds of the way (an interrupted download)",
    bytes: async () => {
      const good = await book([listSheet([person(1, "Nguyễn Văn An")])])();
      return good.slice(0, Math.floor((good.length * 2) / 3));
    },
  },
  {
    file: "b21-khong-phai-zip.xlsx",
    about: "binary bytes that are no known format",
    bytes: async () => Uint8Array.from({ length: 2048 }, (_v, i) => (i * 7919 + 13) % 251 || 1),
  },
  {
    file: "b22-excel-97.xls",
    about: "an Excel 97–2003 (BIFF) file",
    bytes: async () => oleFile(["Workbook", "SummaryInformation", "DocumentSummaryInformation"]),
  },
  {
    file: "b23-csv.xlsx",
    about: "a CSV file renamed .xlsx",
    bytes: async () => utf8("STT;Họ và tên;Năm sinh\r\n1;Nguyễn Văn An;1980\r\n2;Trần Thị Bình;1982\r\n"),
  },
  {
    file: "b24-cong-thuc-gia.xlsx",
    about: "clerk text that looks like a formula: =HYPERLINK(…), +84…, -…, @…",
    bytes: book([
      listSheet([
        [1, "Nguyễn Văn An", 1980, FORMULA_LIKE[2], FORMULA_LIKE[1], FORMULA_LIKE[0]],
        [2, "Trần Thị Bình", 1982, FORMULA_LIKE[3], "An Giang", ACH],
      ]),
    ]),
  },
  {
    file: "b25-ke-hoach-sai-kieu.json",
    about: "a plan file whose values have the wrong types",
    bytes: async () =>
      utf8(
        JSON.stringify({
          id: "ke-hoach-xa",
          title: 2025,
          subjectKinds: "ca-nhan",
          quotas: [{ unitKind: "xa", min: "ba" }],
        }),
      ),
  },
  {
    file: "b26-ke-hoach-khong-co.xlsx",
    about: "a good list checked against a plan id that does not exist",
    bytes: book([listSheet([person(1, "Nguyễn Văn An")])]),
  },
  {
    file: "b27-rong.xlsx",
    about: "an empty file (0 bytes)",
    bytes: async () => new Uint8Array(0),
  },
  {
    file: "b28-word.xlsx",
    about: "a zip that holds no workbook (a Word document renamed .xlsx)",
    bytes: async () => {
      const JSZip = (await import("jszip")).default;
      const zip = new JSZip();
      zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
      zip.file("word/document.xml", "<w:document/>");
      return zip.generateAsync({ type: "uint8array" });
    },
  },
  {
    file: "b29-html.xls",
    about: "a web page saved with an Excel name (as some portals export): Excel opens it, so do we",
    bytes: async () =>
      utf8(
        "<html><body><table>" +
          "<tr><td>STT</td><td>Họ và tên</td><td>Năm sinh</td><td>Chức vụ</td></tr>" +
          "<tr><td>1</td><td>Nguyễn Văn An</td><td>1980</td><td>Trưởng ấp</td></tr>" +
          "<tr><td>2</td><td>Trần Thị Bình</td><td>1982</td><td>Giáo viên</td></tr>" +
          "</table></body></html>",
      ),
  },
  {
    file: "b30-html.xlsx",
    about: "a web page named .xlsx, which Excel refuses to open",
    bytes: async () =>
      utf8("<html><body><table><tr><td>STT</td><td>Họ và tên</td></tr></table></body></html>"),
  },
];

/** Writes every bad input into `outDir`; returns the paths written. */
export async function buildBadInputs(outDir: string = BAD_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const paths: string[] = [];
  for (const input of BAD_INPUTS) {
    const path = join(outDir, input.file);
    await writeFile(path, await input.bytes());
    paths.push(path);
  }
  return paths;
}

if (require.main === module) {
  const out = resolve(process.argv[2] ?? BAD_DIR);
  void buildBadInputs(out).then((paths) => process.stdout.write(`Đã tạo ${paths.length} tệp trong ${out}\n`));
}
