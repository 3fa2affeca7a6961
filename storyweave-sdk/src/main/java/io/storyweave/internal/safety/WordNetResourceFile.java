package io.storyweave.internal.safety;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.JWNLIOException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileFactory;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.princeton.file.AbstractPrincetonRandomAccessDictionaryFile;
import net.sf.extjwnl.util.ByteArrayCharSequence;
import net.sf.extjwnl.util.CharBufferCharSequence;
import net.sf.extjwnl.util.PointedCharSequence;
import net.sf.extjwnl.util.factory.Param;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One WordNet file read from the class path into a byte array of its own size: extJWNL's
 * {@code PrincetonResourceDictionaryFile} answers exactly the same, but opens every file (fifteen of them,
 * most a few kilobytes) with a 16 MiB buffer, some 240 MiB allocated and zeroed while a client starts, which
 * on a small machine competes with the first model call. Named in {@code wordnet/res_properties.xml}.
 * The noun data an open dictionary holds is also lent to {@link SynsetLines}, which walks the noun hierarchy
 * from the same bytes instead of reading a second 5.6 MB copy.
 */
public final class WordNetResourceFile extends AbstractPrincetonRandomAccessDictionaryFile
        implements DictionaryFileFactory<WordNetResourceFile> {
    /** data.noun of each open dictionary, by resource name, for {@link #openNounData}. */
    private static final Map<String, byte[]> NOUN_DATA = new ConcurrentHashMap<>();

    private volatile byte[] bytes;
    private volatile int firstLineOffset = -1;
    private final CharsetDecoder decoder;

    /**
     * Factory constructor, as extJWNL's configuration calls it.
     *
     * @param dictionary the dictionary
     * @param params     the file's settings
     */
    public WordNetResourceFile(Dictionary dictionary, Map<String, Param> params) {
        super(dictionary, params);
        this.decoder = null;
    }

    private WordNetResourceFile(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType,
                                Map<String, Param> params) {
        super(dictionary, path, pos, fileType, params);
        this.decoder = encoding == null ? null : Charset.forName(encoding).newDecoder();
    }

    @Override
    public WordNetResourceFile newInstance(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType) {
        return new WordNetResourceFile(dictionary, path, pos, fileType, params);
    }

    @Override
    public void open() throws JWNLException {
        String name = resourceName();
        try (InputStream in = WordNetResourceFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new JWNLIOException(new IOException("WordNet file " + name + " is missing from the class path"));
            }
            byte[] read = in.readAllBytes();
            bytes = read;
            if (isNounData()) {
                NOUN_DATA.put(name, read);
            }
        } catch (IOException e) {
            throw new JWNLIOException(e);
        }
    }

    @Override
    public boolean isOpen() {
        return bytes != null;
    }

    @Override
    public void close() {
        byte[] held = bytes;
        bytes = null;
        if (held != null && isNounData()) {
            NOUN_DATA.remove(resourceName(), held);
        }
    }

    private String resourceName() {
        return path + "/" + getFilename();
    }

    private boolean isNounData() {
        return getPOS() == POS.NOUN && getFileType() == DictionaryFileType.DATA;
    }

    /**
     * @param resource data.noun's name on the class path
     * @return its bytes as an open dictionary holds them (never to be changed), or {@code null} when none is open
     */
    static byte[] openNounData(String resource) {
        return NOUN_DATA.get(resource);
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException("the shipped WordNet is read-only");
    }

    @Override
    public void edit() {
        throw new UnsupportedOperationException("the shipped WordNet is read-only");
    }

    @Override
    public long length() throws JWNLException {
        return open(bytes).length;
    }

    /** The first line that does not start with a space: WordNet's licence header lines all do. */
    @Override
    public long getFirstLineOffset() throws JWNLException {
        int first = firstLineOffset;
        if (first < 0) {
            byte[] b = open(bytes);
            int i = 0;
            boolean lineStart = true;
            while (i < b.length && !(lineStart && b[i] != ' ')) {
                lineStart = b[i] == '\n';
                i++;
            }
            first = i;
            firstLineOffset = first;
        }
        return first;
    }

    @Override
    public long getNextLineOffset(long offset) throws JWNLException {
        byte[] b = open(bytes);
        if (offset < 0 || offset >= b.length) {
            return -1;
        }
        int next = end(b, (int) offset, false) + 1;
        return next >= b.length ? -1 : next;
    }

    @Override
    public int getOffsetLength() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setOffsetLength(int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PointedCharSequence readLine(long offset) throws JWNLException {
        return read(offset, false);
    }

    @Override
    public PointedCharSequence readWord(long offset) throws JWNLException {
        return read(offset, true);
    }

    private PointedCharSequence read(long offset, boolean word) throws JWNLException {
        byte[] b = open(bytes);
        if (offset < 0 || offset >= b.length) {
            return null;
        }
        int start = (int) offset;
        int end = end(b, start, word);
        if (decoder == null) {
            return new ByteArrayCharSequence(b, start, end, end);
        }
        try {
            synchronized (decoder) {
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, start, end - start));
                return new CharBufferCharSequence(chars, end);
            }
        } catch (CharacterCodingException e) {
            throw new JWNLIOException(e);
        }
    }

    /** @return where the line (or, for a word, the word) starting at {@code start} ends */
    private static int end(byte[] b, int start, boolean word) {
        int i = start;
        while (i < b.length && b[i] != '\n' && !(word && b[i] == ' ')) {
            i++;
        }
        return i;
    }

    private byte[] open(byte[] b) throws JWNLException {
        if (b == null) {
            throw new JWNLException(dictionary.getMessages().resolveMessage("PRINCETON_EXCEPTION_001"));
        }
        return b;
    }
}
