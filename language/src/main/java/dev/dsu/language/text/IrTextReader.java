package dev.dsu.language.text;

import java.util.List;

import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;

/**
 * Reads textual LLVM IR ({@code .ll}, as written by {@code clang -S -emit-llvm}) into the
 * {@link dev.dsu.language.ir} model.
 *
 * <p>Two passes over the token list: the first reads every declaration (types, global and function
 * signatures, attribute groups, where metadata nodes are) and skips initializers and bodies; the
 * second parses those, so every global symbol is known and forward references need no patching
 * outside function bodies.
 */
public final class IrTextReader {
    private IrTextReader() {
    }

    public static Module read(String text, String sourceName) {
        List<Token> tokens = Lexer.tokenize(text, sourceName);
        ReaderState state = new ReaderState(tokens, sourceName);
        GlobalParser globals = new GlobalParser(state);
        FunctionParser functions = new FunctionParser(state);
        try {
            declarations(state, globals, functions);
            globals.finish();
            functions.finish();
            state.metadata.finish();
        } catch (StackOverflowError e) {
            throw new IrReadException(sourceName + ": input nested too deeply");
        }
        return state.module;
    }

    private static void declarations(ReaderState state, GlobalParser globals, FunctionParser functions) {
        Cursor c = state.cursor;
        while (!c.atEof()) {
            Token t = c.next();
            switch (t.kind()) {
                case KEYWORD -> {
                    switch (t.text()) {
                        case "source_filename" -> {
                            c.expectPunct("=");
                            state.module.setSourceFileName(Strings.utf8(c.string("a file name")));
                        }
                        case "target" -> {
                            Token what = c.next();
                            c.expectPunct("=");
                            String v = c.string("a string");
                            if (what.isKeyword("datalayout")) {
                                state.module.setDataLayout(v);
                            } else if (what.isKeyword("triple")) {
                                state.module.setTargetTriple(v);
                            } else {
                                throw c.errorAt(what, "expected 'datalayout' or 'triple'");
                            }
                        }
                        case "declare" -> functions.header(false);
                        case "define" -> functions.header(true);
                        case "attributes" -> state.attributes.parseGroupDefinition();
                        case "module" -> {
                            c.expectKeyword("asm");
                            c.string("an assembly string");
                        }
                        default -> {
                            if (t.text().startsWith("$")) {
                                c.expectPunct("=");
                                c.expectKeyword("comdat");
                                c.keyword("a comdat selection kind");
                            } else {
                                throw c.errorAt(t, "expected a top-level entity (define, declare, a global, a type, metadata or attributes)");
                            }
                        }
                    }
                }
                case LOCAL_ID -> {
                    c.expectPunct("=");
                    c.expectKeyword("type");
                    state.types.parseDefinition(t.text());
                }
                case GLOBAL_ID -> {
                    c.expectPunct("=");
                    globals.declare(t);
                }
                case METADATA_ID -> {
                    c.expectPunct("=");
                    state.metadata.recordDefinition(t);
                }
                default -> throw c.errorAt(t, "expected a top-level entity (define, declare, a global, a type, metadata or attributes)");
            }
        }
    }
}
