package dev.jabu.core.message;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;

/**
 * A GitHub-style pipe table, parsed by {@link PipeTableParser}: its children are {@link Row}s (the
 * header first), each holding {@link Cell}s with the cell's inline content.
 */
final class PipeTable extends CustomBlock {

  static final class Row extends CustomNode {}

  static final class Cell extends CustomNode {}
}
