import * as XLSX from "@e965/xlsx";
const show = (label: string, data: string, bom = false) => {
  const bytes = new TextEncoder().encode((bom ? "\ufeff" : "") + data);
  const wb = XLSX.read(bytes, { type: "array", dense: true, raw: true });
  console.log(label, JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true })));
};
show("csv-nobom", "STT,Họ và tên,Ngày sinh\n1,Nguyễn Văn Hường,05/03/1980\n");
show("csv-bom", "STT,Họ và tên,Ngày sinh\n1,Nguyễn Văn Hường,05/03/1980\n", true);
show("csv-semicolon", "STT;Họ và tên;Ngày sinh\n1;\"Nguyễn Văn Hường, CN\";05/03/1980\n", true);
show("html-nometa", "<table><tr><td>Họ và tên</td><td>Ngày sinh</td></tr><tr><td>Lê Thị Hường</td><td>05/03/1980</td></tr></table>");
show("html-raw", `<html><head><meta charset="utf-8"></head><body><table><tr><td>1</td><td>05/03/1980</td><td>0123</td></tr></table></body></html>`);
