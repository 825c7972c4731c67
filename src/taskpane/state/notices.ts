/** Quiet notices of the pane (not errors): the words, kept apart from the components that show them. */

/** Shown once when the workbook refuses to save the pane's settings (a read-only file, mostly). */
export const SETTINGS_NOT_SAVED =
  "Không lưu được lựa chọn vào sổ làm việc (có thể sổ đang mở ở chế độ chỉ đọc). Trợ lý vẫn dùng các lựa chọn này cho đến khi đóng ngăn tác vụ.";

/** Shown while Office is slow to start: the pane keeps waiting for Excel. */
export const SLOW_START =
  "Excel đang khởi động chậm, Trợ lý vẫn đang chờ. Nếu không muốn chờ, bạn có thể mở tệp trên máy để kiểm tra.";

/** Shown when Office could not start the pane: what the clerk can do, the error's detail below it. */
export const START_FAILED =
  "Office chưa khởi động được Trợ lý. Hãy bấm «Tải lại»; nếu vẫn không được, hãy đóng rồi mở lại Excel. Trong lúc chờ, bạn có thể mở tệp trên máy để kiểm tra.";
