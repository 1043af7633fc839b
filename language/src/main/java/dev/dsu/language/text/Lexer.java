package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.IrReadException;

/** Splits LLVM assembly text into tokens (comments are dropped). */
final class Lexer {
    private final String src;
    private final String sourceName;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src, String sourceName) {
        this.src = src;
        this.sourceName = sourceName;
    }

    static List<Token> tokenize(String src, String sourceName) {
        return new Lexer(src, sourceName).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= src.length()) {
                out.add(new Token(Token.Kind.EOF, "", line, pos - lineStart + 1));
                return out;
            }
            out.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == ';') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private IrReadException error(String msg, int col) {
        return new IrReadException(sourceName + ":" + line + ":" + col + ": " + msg);
    }

    static boolean isIdChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$' || c == '-';
    }

    private char peek(int off) {
        int p = pos + off;
        return p < src.length() ? src.charAt(p) : '\0';
    }

    private Token next() {
        int col = pos - lineStart + 1;
        char c = src.charAt(pos);
        switch (c) {
            case '@':
            case '%': {
                pos++;
                String name = nameAfterSigil(col);
                return new Token(c == '@' ? Token.Kind.GLOBAL_ID : Token.Kind.LOCAL_ID, name, line, col);
            }
            case '!': {
                pos++;
                int start = pos;
                while (pos < src.length() && (isIdChar(src.charAt(pos)) || src.charAt(pos) == '\\')) {
                    pos++;
                }
                if (pos == start) {
                    return new Token(Token.Kind.EXCLAIM, "!", line, col);
                }
                return new Token(Token.Kind.METADATA_ID, src.substring(start, pos), line, col);
            }
            case '#': {
                pos++;
                int start = pos;
                while (pos < src.length() && isIdChar(src.charAt(pos))) {
                    pos++;
                }
                String t = src.substring(start, pos);
                if (t.isEmpty()) {
                    throw error("expected attribute group number or debug record name after '#'", col);
                }
                return new Token(Character.isDigit(t.charAt(0)) ? Token.Kind.ATTR_GROUP : Token.Kind.HASH_NAME, t, line, col);
            }
            case '"': {
                String s = string(col);
                if (peek(0) == ':') {
                    pos++;
                    return new Token(Token.Kind.LABEL, s, line, col);
                }
                return new Token(Token.Kind.STRING, s, line, col);
            }
            case '.':
                if (peek(1) == '.' && peek(2) == '.') {
                    pos += 3;
                    return new Token(Token.Kind.PUNCT, "...", line, col);
                }
                break;
            case '=': case ',': case '*': case '[': case ']': case '{': case '}': case '(': case ')': case '<': case '>': case '|':
                pos++;
                return new Token(Token.Kind.PUNCT, String.valueOf(c), line, col);
            default:
                break;
        }
        if (c == 'c' && peek(1) == '"') {
            pos++;
            return new Token(Token.Kind.CSTRING, string(col), line, col);
        }
        if (c == '0' && peek(1) == 'x') {
            int start = pos;
            pos += 2;
            if (Character.isLetter(peek(0)) && "KLMHR".indexOf(peek(0)) >= 0) {
                pos++;
            }
            while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
                pos++;
            }
            return new Token(Token.Kind.HEX_FLOAT, src.substring(start, pos), line, col);
        }
        if (Character.isDigit(c) || (c == '-' || c == '+') && Character.isDigit(peek(1))) {
            return number(col);
        }
        if (isIdChar(c)) {
            int start = pos;
            while (pos < src.length() && isIdChar(src.charAt(pos))) {
                pos++;
            }
            String word = src.substring(start, pos);
            if (peek(0) == ':') {
                pos++;
                return new Token(Token.Kind.LABEL, word, line, col);
            }
            return new Token(Token.Kind.KEYWORD, word, line, col);
        }
        throw error("unexpected character '" + c + "'", col);
    }

    private Token number(int col) {
        int start = pos;
        pos++;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        boolean isFloat = false;
        if (peek(0) == '.' && Character.isDigit(peek(1)) || peek(0) == '.' && !isIdChar(peek(1))) {
            isFloat = true;
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if ((peek(0) == 'e' || peek(0) == 'E') && (Character.isDigit(peek(1)) || (peek(1) == '-' || peek(1) == '+') && Character.isDigit(peek(2)))) {
            isFloat = true;
            pos += 2;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        String text = src.substring(start, pos);
        if (!isFloat && pos < src.length() && isIdChar(src.charAt(pos))) {
            // numbered label such as "5:" is handled below; other id chars make a word like 1a
            int s2 = pos;
            while (pos < src.length() && isIdChar(src.charAt(pos))) {
                pos++;
            }
            text = text + src.substring(s2, pos);
            if (peek(0) == ':') {
                pos++;
                return new Token(Token.Kind.LABEL, text, line, col);
            }
            return new Token(Token.Kind.KEYWORD, text, line, col);
        }
        if (!isFloat && peek(0) == ':') {
            pos++;
            return new Token(Token.Kind.LABEL, text, line, col);
        }
        return new Token(isFloat ? Token.Kind.FLOAT : Token.Kind.INTEGER, text, line, col);
    }

    /** Name after @ or %: quoted, or identifier characters (numbers included). */
    private String nameAfterSigil(int col) {
        if (peek(0) == '"') {
            return string(col);
        }
        int start = pos;
        while (pos < src.length() && isIdChar(src.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a name after sigil", col);
        }
        return src.substring(start, pos);
    }

    /** Reads a quoted string at pos, decoding \\XX escapes; returns bytes as Latin-1 chars (UTF-8 text kept as bytes). */
    private String string(int col) {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw error("unterminated string", col);
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            if (c == '\\') {
                if (peek(1) == '\\') {
                    sb.append('\\');
                    pos += 2;
                    continue;
                }
                int hi = Character.digit(peek(1), 16);
                int lo = Character.digit(peek(2), 16);
                if (hi < 0 || lo < 0) {
                    sb.append('\\');
                    pos++;
                    continue;
                }
                sb.append((char) (hi * 16 + lo));
                pos += 3;
                continue;
            }
            if (c < 0x80) {
                sb.append(c);
                pos++;
            } else {
                // non-ASCII source characters: keep their UTF-8 bytes
                int cp = src.codePointAt(pos);
                byte[] bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    sb.append((char) (b & 0xff));
                }
                pos += Character.charCount(cp);
            }
        }
        return sb.toString();
    }
}
