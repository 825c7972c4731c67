import * as XLSX from "@e965/xlsx";
const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table border=1><tr><td colspan=4>DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG</td></tr>
<tr><td rowspan=2>STT</td><td rowspan=2>Họ và tên</td><td colspan=2>Năm sinh</td></tr>
<tr><td>Nam</td><td>Nữ</td></tr>
<tr><td>1</td><td>Nguyễn Văn Hường</td><td>05/03/1980</td><td></td></tr>
<tr><td>2</td><td>Trần Thị Ánh</td><td></td><td style="mso-number-format:'\\@'">1985</td></tr></table></body></html>`;
const bytes = new TextEncoder().encode(html);
const wb = XLSX.read(bytes, { type: "array", dense: true });
console.log(wb.SheetNames, JSON.stringify(wb.Sheets[wb.SheetNames[0]]["!merges"]));
console.log(XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true }));
const csv = "\ufeffSTT,Họ và tên,Ngày sinh\n1,Nguyễn Văn Hường,05/03/1980\n";
const wb2 = XLSX.read(new TextEncoder().encode(csv), { type: "array", dense: true });
console.log(XLSX.utils.sheet_to_json(wb2.Sheets[wb2.SheetNames[0]], { header: 1, raw: true }));
const xml = `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="DS"><Table><Row><Cell><Data ss:Type="String">Họ và tên</Data></Cell></Row><Row><Cell><Data ss:Type="String">Lê Văn Tám</Data></Cell></Row></Table></Worksheet></Workbook>`;
const wb3 = XLSX.read(new TextEncoder().encode(xml), { type: "array", dense: true });
console.log(wb3.SheetNames, XLSX.utils.sheet_to_json(wb3.Sheets[wb3.SheetNames[0]], { header: 1, raw: true }));
