package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.commonmark.node.Node;

/**
 * A pipe table as text that reads well anywhere: one list item per row, the row's first cell in
 * bold, then each other cell after its column's header ({@code **Argo CD** — 용도: 배포 · 라이선스:
 * Apache-2.0}). Columns never line up on a phone, and no platform has tables, so this is the
 * deliberate degradation.
 */
final class TableText {
  private static final String AFTER_NAME = " — ";
  private static final String BETWEEN_CELLS = " · ";

  private TableText() {}

  static Block of(PipeTable table) {
    List<List<InlineCollector>> rows = new ArrayList<>();
    for (Node row = table.getFirstChild(); row != null; row = row.getNext()) {
      List<InlineCollector> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        cells.add(InlineCollector.collect(cell));
      }
      rows.add(cells);
    }
    List<InlineCollector> header = rows.get(0);
    if (rows.size() == 1) {
      return new Block.Paragraph(joined(header));
    }
    List<List<Block>> items = new ArrayList<>();
    for (List<InlineCollector> row : rows.subList(1, rows.size())) {
      List<Block> item = new ArrayList<>();
      List<Span> spans = row(header, row);
      if (!FlatText.isBlank(spans)) {
        item.add(new Block.Paragraph(spans));
      }
      row.forEach(cell -> item.addAll(cell.images()));
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return new Block.ListBlock(false, 1, items);
  }

  private static List<Span> row(List<InlineCollector> header, List<InlineCollector> row) {
    List<Span> spans = new ArrayList<>(bold(row.get(0).spans()));
    List<Span> rest = new ArrayList<>();
    for (int c = 1; c < row.size(); c++) {
      List<Span> cell = row.get(c).spans();
      if (FlatText.isBlank(cell)) {
        continue;
      }
      if (!rest.isEmpty()) {
        rest.add(Span.text(BETWEEN_CELLS));
      }
      String name = plain(header.get(c).spans()).strip();
      if (!name.isEmpty()) {
        rest.add(Span.text(name + ": "));
      }
      rest.addAll(cell);
    }
    if (!rest.isEmpty() && !FlatText.isBlank(spans)) {
      spans.add(Span.text(AFTER_NAME));
    }
    spans.addAll(rest);
    return InlineCollector.merged(spans);
  }

  private static List<Span> joined(List<InlineCollector> cells) {
    List<Span> spans = new ArrayList<>();
    for (InlineCollector cell : cells) {
      if (FlatText.isBlank(cell.spans())) {
        continue;
      }
      if (!spans.isEmpty()) {
        spans.add(Span.text(BETWEEN_CELLS));
      }
      spans.addAll(cell.spans());
    }
    return InlineCollector.merged(spans);
  }

  private static List<Span> bold(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span span : spans) {
      if (span instanceof Span.Text t && !t.text().isBlank()) {
        EnumSet<Span.Style> styles = EnumSet.of(Span.Style.BOLD);
        styles.addAll(t.styles());
        out.add(new Span.Text(t.text(), styles));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  private static String plain(List<Span> spans) {
    StringBuilder b = new StringBuilder();
    spans.forEach(s -> b.append(s.plain()));
    return b.toString();
  }
}
