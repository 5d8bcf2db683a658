package io.mctrail.samples.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The build's own files, read as a consumer of the published artifacts sees their effect: the POMs
 * (by XPath over their elements' local names), the README and the LICENSE, from the root of the
 * checkout this module is in.
 */
final class BuildFiles {

  /** The groupId of every mctrail artifact. */
  static final String GROUP_ID = "io.mctrail";

  private BuildFiles() {}

  /** The root of the checkout: the parent of this module's folder. */
  static Path root() {
    String basedir = System.getProperty("basedir");
    Path module = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
    Path root = module.toAbsolutePath().getParent();
    if (!Files.isRegularFile(root.resolve("bom/pom.xml"))) {
      throw new IllegalStateException(
          "no bom/pom.xml beside " + module + ": not run from samples?");
    }
    return root;
  }

  /** A POM of the build, {@code pom.xml} for the parent, {@code bom/pom.xml} for the BOM. */
  static Element pom(String relativePath) {
    Path file = root().resolve(relativePath);
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(file.toFile());
      return document.getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The text of the first element at the path, trimmed; empty if there is none. */
  static String text(Node context, String xpath) {
    List<Node> found = nodes(context, xpath);
    return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
  }

  /** The texts of every element at the path, trimmed. */
  static List<String> texts(Node context, String xpath) {
    return nodes(context, xpath).stream().map(n -> n.getTextContent().strip()).toList();
  }

  /** Every node at the path. */
  static List<Node> nodes(Node context, String xpath) {
    try {
      NodeList list =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(xpath, context, XPathConstants.NODESET);
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < list.getLength(); i++) {
        nodes.add(list.item(i));
      }
      return nodes;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException("bad XPath " + xpath, e);
    }
  }

  /** The folders the parent POM lists as its modules, the BOM's included. */
  static List<String> modules() {
    return texts(pom("pom.xml"), "/project/modules/module");
  }

  /**
   * The folders of the modules a repository receives: every module but the BOM (a POM, published
   * too, but the subject of these tests rather than one of its entries) and those that set {@code
   * maven.deploy.skip}.
   */
  static List<String> publishedModules() {
    return modules().stream()
        .filter(m -> !m.equals("bom"))
        .filter(
            m -> !"true".equals(text(pom(m + "/pom.xml"), "/project/properties/maven.deploy.skip")))
        .toList();
  }

  /** The artifactId a module's POM gives. */
  static String artifactId(String module) {
    return text(pom(module + "/pom.xml"), "/project/artifactId");
  }

  /** The version of the build: the BOM's, which the parent and every module inherit. */
  static String version() {
    return text(pom("bom/pom.xml"), "/project/version");
  }
}
