package io.storyweave.release;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The release rehearsal, run in every {@code mvn verify}: {@code mvn -Prelease -DskipSigning deploy} on a copy of
 * this project, with the Central publishing plugin sending the -SNAPSHOT artifacts to a local file repository
 * ({@code -DcentralSnapshotsUrl=file:...}) instead of Central. It runs with a local repository of its own, so
 * nothing it installs or deploys reaches the shared one; that repository links to the shared one for everything
 * else (plugins, dependencies), so it downloads only what the release profile adds.
 *
 * <p>Then it checks what would be published: the parent and the BOM as POMs, each library module's jar, sources,
 * Javadoc and POM with checksums, nothing of the programs (examples, benchmarks, this check), a BOM without parent
 * that manages exactly the library artifacts, Central's metadata, the licence and notice in every jar, and that the
 * archives are reproducible: byte-identical to the ones this build made, every entry stamped with
 * {@code project.build.outputTimestamp}.
 */
class ReleaseLayoutIT {
    private static final List<String> LIBRARIES =
            List.of("storyweave-sdk", "storyweave-provider-bedrock", "storyweave-store-dynamodb", "storyweave-micrometer",
                    "storyweave-testing");
    /** Library modules whose test jar (shared test fixtures) is published too. */
    private static final Set<String> WITH_TEST_JAR = Set.of("storyweave-store-dynamodb");

    private static final Path ROOT = Path.of(System.getProperty("storyweave.root")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("storyweave.version");
    private static final Path WORK = Path.of(System.getProperty("storyweave.workDir")).toAbsolutePath();
    private static final Path REPOSITORY = WORK.resolve("repository");
    private static final Path GROUP = REPOSITORY.resolve("io/storyweave");

    @BeforeAll
    static void rehearse() throws Exception {
        deleteRecursively(WORK);
        Path project = WORK.resolve("project");
        copyProject(ROOT, project);
        Path localRepository = isolatedLocalRepository(WORK.resolve("local-repository"));
        List<String> command = List.of(mvn(), "-B", "-ntp", "-Dstyle.color=never",
                "-Prelease", "-DskipSigning", "-DskipTests",
                "-Dmaven.repo.local=" + localRepository,
                "-DcentralSnapshotsUrl=" + REPOSITORY.toUri(),
                "deploy");
        Path log = WORK.resolve("rehearsal.log");
        Process process = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            fail("the rehearsal took more than 15 minutes; its log: " + log);
        }
        assertThat(process.exitValue()).as("%s failed; the end of %s:%n%s", String.join(" ", command), log, tail(log))
                .isZero();
    }

    @Test
    void onlyTheParentTheBomAndTheLibrariesArePublished() throws IOException {
        try (Stream<Path> artifacts = Files.list(GROUP)) {
            assertThat(artifacts.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("storyweave-bom", "storyweave-micrometer", "storyweave-parent",
                            "storyweave-provider-bedrock", "storyweave-sdk", "storyweave-store-dynamodb",
                            "storyweave-testing");
        }
    }

    @Test
    void eachLibraryHasItsJarSourcesJavadocAndPomWithChecksums() throws Exception {
        for (String library : LIBRARIES) {
            Set<String> expected = new TreeSet<>(Set.of("jar", "sources.jar", "javadoc.jar", "pom"));
            if (WITH_TEST_JAR.contains(library)) {
                expected.add("tests.jar");
            }
            assertThat(published(library).keySet()).as(library).containsExactlyInAnyOrderElementsOf(expected);
            for (Path file : published(library).values()) {
                assertChecksums(file);
            }
        }
    }

    @Test
    void theParentAndTheBomArePomsOnly() throws Exception {
        for (String pomOnly : List.of("storyweave-parent", "storyweave-bom")) {
            assertThat(published(pomOnly).keySet()).as(pomOnly).containsExactly("pom");
            assertChecksums(published(pomOnly).get("pom"));
        }
    }

    @Test
    void theBomHasNoParentAndManagesExactlyTheLibraries() throws Exception {
        Element bom = pom("storyweave-bom");

        assertThat(child(bom, "parent")).as("a parent would bring its dependencyManagement along").isNull();
        assertThat(child(bom, "dependencies")).isNull();
        assertThat(text(bom, "version")).isEqualTo(VERSION);
        List<String> managed = new ArrayList<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertThat(text(dependency, "version")).isIn(VERSION, "${project.version}");
            managed.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(
                LIBRARIES.stream().map(a -> "io.storyweave:" + a).toList());
        assertCentralMetadata("storyweave-bom", bom);
    }

    @Test
    void everyPublishedPomCarriesWhatCentralRequires() throws Exception {
        Element parent = pom("storyweave-parent");
        assertCentralMetadata("storyweave-parent", parent);
        for (String library : LIBRARIES) {
            Element pom = pom(library);
            // the rest (url, licences, developers, scm) is inherited from the parent published beside it
            assertThat(text(pom, "name")).as(library + " name").isNotBlank();
            assertThat(text(pom, "description")).as(library + " description").isNotBlank();
            Element parentRef = child(pom, "parent");
            assertThat(text(parentRef, "artifactId")).isEqualTo("storyweave-parent");
            assertThat(text(parentRef, "version")).isEqualTo(VERSION);
        }
    }

    @Test
    void everyLibraryJarNamesItsJavaModule() throws Exception {
        Map<String, String> expected = Map.of("storyweave-sdk", "io.storyweave.sdk",
                "storyweave-provider-bedrock", "io.storyweave.provider.bedrock",
                "storyweave-store-dynamodb", "io.storyweave.store.dynamodb", "storyweave-testing", "io.storyweave.testing",
                "storyweave-micrometer", "io.storyweave.micrometer");
        for (String library : LIBRARIES) {
            try (JarFile jar = new JarFile(published(library).get("jar").toFile())) {
                assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as(library)
                        .isEqualTo(expected.get(library));
            }
        }
    }

    @Test
    void everyJarCarriesTheLicenceAndTheNoticeAndJavadocCoversOnlyThePublicApi() throws Exception {
        byte[] licence = Files.readAllBytes(ROOT.resolve("LICENSE"));
        byte[] notice = Files.readAllBytes(ROOT.resolve("NOTICE"));
        for (String library : LIBRARIES) {
            try (ZipFile jar = new ZipFile(published(library).get("jar").toFile())) {
                assertThat(read(jar, "META-INF/LICENSE")).as(library).isEqualTo(licence);
                assertThat(read(jar, "META-INF/NOTICE")).as(library).isEqualTo(notice);
                assertThat(names(jar)).as(library).anyMatch(n -> n.endsWith(".class"));
                if (library.equals("storyweave-sdk")) {
                    // It carries WordNet's data, so it carries WordNet's licence in full.
                    assertThat(names(jar)).contains("io/storyweave/internal/safety/wordnet/wordnet-3.1.lexicon.gz");
                    assertThat(read(jar, "META-INF/licenses/WordNet-3.1.txt")).as(library + " WordNet licence")
                            .isEqualTo(Files.readAllBytes(ROOT.resolve("licenses/WordNet-3.1.txt")));
                }
            }
            try (ZipFile sources = new ZipFile(published(library).get("sources.jar").toFile())) {
                assertThat(names(sources)).as(library + " sources").anyMatch(n -> n.endsWith(".java"))
                        .noneMatch(n -> n.endsWith(".class"));
            }
            try (ZipFile javadoc = new ZipFile(published(library).get("javadoc.jar").toFile())) {
                assertThat(names(javadoc)).as(library + " javadoc").contains("index.html")
                        .noneMatch(n -> n.contains("/internal/"));
            }
        }
    }

    @Test
    void archivesAreReproducible() throws Exception {
        LocalDateTime stamp = OffsetDateTime.parse(System.getProperty("storyweave.outputTimestamp"))
                .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        for (String library : LIBRARIES) {
            for (Map.Entry<String, Path> file : published(library).entrySet()) {
                if (file.getKey().equals("pom")) {
                    continue;
                }
                String classifier = file.getKey().equals("jar") ? "" : "-" + file.getKey().replace(".jar", "");
                Path thisBuild = ROOT.resolve(library).resolve("target").resolve(library + "-" + VERSION + classifier + ".jar");
                assertThat(sha256(file.getValue())).as("%s is byte-identical to %s, built by this mvn verify from the"
                        + " same sources (if this build ran only part of the reactor, run it whole)", file.getValue(),
                        thisBuild).isEqualTo(sha256(thisBuild));
                try (ZipFile zip = new ZipFile(file.getValue().toFile())) {
                    List<String> otherTimes = zip.stream().filter(e -> !e.getTimeLocal().equals(stamp))
                            .map(e -> e.getName() + " " + e.getTimeLocal()).limit(5).toList();
                    assertThat(otherTimes).as(file.getValue() + " entries not stamped " + stamp).isEmpty();
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** @return the published files of one artifact, keyed "jar", "pom", "sources.jar", ... */
    private static Map<String, Path> published(String artifactId) throws Exception {
        Path versionDir = GROUP.resolve(artifactId).resolve(VERSION);
        Element metadata = parse(versionDir.resolve("maven-metadata.xml"));
        Map<String, Path> files = new TreeMap<>();
        for (Element snapshot : children(child(child(metadata, "versioning"), "snapshotVersions"), "snapshotVersion")) {
            String classifier = text(snapshot, "classifier");
            String extension = text(snapshot, "extension");
            String value = text(snapshot, "value");
            Path file = versionDir.resolve(artifactId + "-" + value
                    + (classifier == null ? "" : "-" + classifier) + "." + extension);
            assertThat(file).as("listed in %s/maven-metadata.xml", versionDir).isRegularFile();
            files.put(classifier == null ? extension : classifier + "." + extension, file);
        }
        return files;
    }

    private static Element pom(String artifactId) throws Exception {
        return parse(published(artifactId).get("pom"));
    }

    private static void assertCentralMetadata(String what, Element pom) {
        assertThat(text(pom, "name")).as(what + " name").isNotBlank();
        assertThat(text(pom, "description")).as(what + " description").isNotBlank();
        assertThat(text(pom, "url")).as(what + " url").startsWith("https://");
        Element license = child(child(pom, "licenses"), "license");
        assertThat(text(license, "name")).as(what + " licence").isEqualTo("Apache-2.0");
        assertThat(text(license, "url")).as(what + " licence url").isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
        assertThat(text(child(child(pom, "developers"), "developer"), "name")).as(what + " developer").isNotBlank();
        Element scm = child(pom, "scm");
        assertThat(text(scm, "url")).as(what + " scm url").isEqualTo(text(pom, "url"));
        assertThat(text(scm, "connection")).as(what + " scm connection").startsWith("scm:git:");
    }

    private static void assertChecksums(Path file) throws Exception {
        for (String algorithm : List.of("MD5", "SHA-1")) {
            Path sum = Path.of(file + (algorithm.equals("MD5") ? ".md5" : ".sha1"));
            assertThat(sum).isRegularFile();
            assertThat(Files.readString(sum).trim()).as(sum.toString()).isEqualTo(digest(algorithm, file));
        }
    }

    private static String sha256(Path file) throws Exception {
        return digest("SHA-256", file);
    }

    private static String digest(String algorithm, Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(zip.getName() + " has " + name).isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static List<String> names(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName).toList();
    }

    private static Element parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(xml.toFile());
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        if (parent == null) {
            return Collections.emptyList();
        }
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private static String mvn() {
        String home = System.getProperty("maven.home");
        return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    /** The sources and build files, without build output, installed node modules or version control. */
    private static void copyProject(Path from, Path to) throws IOException {
        Set<String> skipped = Set.of("target", "node_modules", ".git", ".idea");
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(from) && skipped.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.getFileName().toString().equals(".git")) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A local repository for the rehearsal: every group of the shared one is linked, except io.storyweave, so the
     * rehearsal's own artifacts (and the metadata a deploy caches) stay here.
     */
    private static Path isolatedLocalRepository(Path repository) throws IOException {
        Path shared = Path.of(System.getProperty("storyweave.localRepository"));
        Files.createDirectories(repository.resolve("io"));
        if (Files.isDirectory(shared)) {
            for (Path entry : list(shared)) {
                if (!entry.getFileName().toString().equals("io")) {
                    Files.createSymbolicLink(repository.resolve(entry.getFileName().toString()), entry);
                }
            }
            for (Path entry : list(shared.resolve("io"))) {
                if (!entry.getFileName().toString().equals("storyweave")) {
                    Files.createSymbolicLink(repository.resolve("io").resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        return repository;
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file); // a link is deleted, never what it points to
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream()
                    .collect(Collectors.joining(System.lineSeparator()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
