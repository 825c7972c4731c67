/** The media log (Nhật ký tin bài tuyên truyền) as the core reads it. */
import type { Encoding, Finding } from "../types";
import type { Medium } from "./schema";

/** Canonical columns of a media log. */
export type MediaField =
  "stt" | "month" | "outlet" | "medium" | "title" | "exemplar" | "publishedOn" | "sentOn" | "link" | "note";

export interface MediaColumn {
  /** Column letter(s). */
  column: string;
  /** Header text as read (parent and child labels joined by " / "). */
  header: string;
  field: MediaField;
}

export interface MediaItem {
  /** 1-based sheet row. */
  row: number;
  /** The month the item counts for: its month column, else a month section row or the sheet's name, else its dates. */
  month: number | null;
  /** The month cell's text when it could not be read as a month (the check reports it). */
  monthText?: string;
  /** Canonical outlet id from the plan, or null when not recognised. */
  outlet: string | null;
  /** The outlet as written (or the section row it came from). */
  outletText: string | null;
  medium: Medium | null;
  /** The medium as written. */
  mediumText: string | null;
  title: string | null;
  /** The exemplar(s) the item is about. */
  exemplar: string | null;
  /** Date published / broadcast: ISO yyyy-mm-dd, or the clerk's text when unreadable. */
  publishedOn: string | null;
  /** Date sent to Sở Nội vụ: ISO yyyy-mm-dd, or the clerk's text when unreadable. */
  sentOn: string | null;
  link: string | null;
  note: string | null;
  /** A1 address of each column's cell in this row (also for empty cells of mapped columns). */
  cells: Partial<Record<MediaField, string>>;
  hidden?: boolean;
}

export interface MediaLog {
  sheet: string;
  /** 1-based sheet rows of the header. */
  headerRows: number[];
  columns: MediaColumn[];
  encoding: Encoding;
  items: MediaItem[];
  findings: Finding[];
}
