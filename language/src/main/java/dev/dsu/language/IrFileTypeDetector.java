package dev.dsu.language;

import java.io.IOException;
import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognises .bc and .ll files so hosts can build sources from files without naming a MIME type. */
public final class IrFileTypeDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) throws IOException {
        String name = file.getName();
        if (name == null) {
            return null;
        } else if (name.endsWith(".bc")) {
            return DsuLanguage.BITCODE_MIME;
        } else if (name.endsWith(".ll")) {
            return DsuLanguage.TEXT_MIME;
        }
        return null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) throws IOException {
        return null;
    }
}
