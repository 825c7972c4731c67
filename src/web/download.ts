/** Saving a workbook made in the page to the clerk's disk: a Blob and an <a download>, no network. */

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "Danh sách xã.xlsx" + "kết quả kiểm tra" → "Danh sách xã - kết quả kiểm tra.xlsx". */
export function outputName(fileName: string, suffix: string): string {
  const stem = fileName.replace(/\.[^.]*$/, "");
  return `${stem} - ${suffix}.xlsx`;
}

export function downloadWorkbook(bytes: Uint8Array, fileName: string): void {
  downloadFile(bytes as BlobPart, fileName, XLSX_TYPE);
}

/** Any content made in the page (a workbook, the reading profiles as JSON) saved under `fileName`. */
export function downloadFile(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the blob once the click is handled; the URL is freed after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
