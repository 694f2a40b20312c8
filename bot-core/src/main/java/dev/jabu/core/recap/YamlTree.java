package dev.jabu.core.recap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML front matter as a tree of texts, with anchors, aliases and merge keys ({@code <<: *base})
 * resolved as YAML means them. Jackson's YAML reader does not resolve aliases (it would read {@code
 * title: *name} as the text "name"), so SnakeYAML composes the document here. Scalars stay the text
 * they were written as ({@code 2026-11-28} is not turned into a timestamp), because a recap shows
 * them as written.
 *
 * <p>A hostile block cannot exhaust the bot: nesting, aliases to collections and the nodes an
 * expansion may produce are all bounded.
 */
final class YamlTree {
  private static final int MAX_NESTING = 32;
  private static final int MAX_COLLECTION_ALIASES = 50;
  private static final int MAX_NODES = 10_000;
  private static final String UNDEFINED_ALIAS = "found undefined alias ";

  private final int[] nodes = {0};

  private YamlTree() {}

  /**
   * @param linesBefore the document's lines before the block, so errors name the document's line
   */
  static JsonNode read(String text, int linesBefore) throws RecapProblem {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_NESTING);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setAllowDuplicateKeys(false);
    DumperOptions dumper = new DumperOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = linesBefore + (e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1);
      String problem = e.getProblem() == null ? "" : e.getProblem().strip();
      if (problem.startsWith(UNDEFINED_ALIAS)) {
        throw new RecapProblem(
            "recap.front-matter.undefined-alias",
            line,
            problem.substring(UNDEFINED_ALIAS.length()).strip());
      }
      throw new RecapProblem("recap.front-matter.broken", line, problem);
    } catch (YAMLException e) {
      // limits (nesting, aliases, size) carry no position worth showing
      throw new RecapProblem("recap.front-matter.too-complex", linesBefore + 1);
    }
    if (root == null) {
      return MissingNode.getInstance();
    }
    YamlTree tree = new YamlTree();
    JsonNode converted = tree.convert(root, 0);
    if (converted == null) {
      throw new RecapProblem("recap.front-matter.too-complex", linesBefore + 1);
    }
    return converted;
  }

  /** The node as JSON; null when it nests or expands past the limits (a recursive alias does). */
  private JsonNode convert(Node node, int depth) {
    if (depth > MAX_NESTING || ++nodes[0] > MAX_NODES) {
      return null;
    }
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (node instanceof ScalarNode scalar) {
      return scalar.getTag().equals(Tag.NULL) ? json.nullNode() : json.textNode(scalar.getValue());
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = json.arrayNode();
      for (Node item : sequence.getValue()) {
        JsonNode value = convert(item, depth + 1);
        if (value == null) {
          return null;
        }
        array.add(value);
      }
      return array;
    }
    MappingNode mapping = (MappingNode) node;
    ObjectNode object = json.objectNode();
    // keys written in the mapping win over those it merges in, wherever the merge key stands
    for (NodeTuple entry : mapping.getValue()) {
      if (!isMerge(entry) && !put(object, entry, depth)) {
        return null;
      }
    }
    for (NodeTuple entry : mapping.getValue()) {
      if (isMerge(entry) && !merge(object, entry.getValueNode(), depth)) {
        return null;
      }
    }
    return object;
  }

  private static boolean isMerge(NodeTuple entry) {
    return entry.getKeyNode() instanceof ScalarNode key
        && (key.getTag().equals(Tag.MERGE) || key.getValue().equals("<<"));
  }

  private boolean put(ObjectNode object, NodeTuple entry, int depth) {
    if (!(entry.getKeyNode() instanceof ScalarNode key)) {
      return true; // a complex key is nothing a recap reads
    }
    JsonNode value = convert(entry.getValueNode(), depth + 1);
    if (value == null) {
      return false;
    }
    object.set(key.getValue(), value);
    return true;
  }

  private boolean merge(ObjectNode object, Node source, int depth) {
    List<Node> sources =
        source instanceof SequenceNode sequence ? sequence.getValue() : List.of(source);
    for (Node each : sources) {
      JsonNode merged = convert(each, depth + 1);
      if (merged == null) {
        return false;
      }
      if (merged.isObject()) {
        merged
            .fields()
            .forEachRemaining(
                field -> {
                  if (!object.has(field.getKey())) {
                    object.set(field.getKey(), field.getValue());
                  }
                });
      }
    }
    return true;
  }
}
