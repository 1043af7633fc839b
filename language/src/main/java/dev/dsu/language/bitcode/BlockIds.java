package dev.dsu.language.bitcode;

/** Block ids from LLVMBitCodes.h. */
final class BlockIds {
    static final int BLOCKINFO = 0;
    static final int MODULE = 8;
    static final int PARAMATTR = 9;
    static final int PARAMATTR_GROUP = 10;
    static final int CONSTANTS = 11;
    static final int FUNCTION = 12;
    static final int IDENTIFICATION = 13;
    static final int VALUE_SYMTAB = 14;
    static final int METADATA = 15;
    static final int METADATA_ATTACHMENT = 16;
    static final int TYPE_NEW = 17;
    static final int USELIST = 18;
    static final int OPERAND_BUNDLE_TAGS = 21;
    static final int METADATA_KIND = 22;
    static final int STRTAB = 23;
    static final int SYMTAB = 25;
    static final int SYNC_SCOPE_NAMES = 26;

    private BlockIds() {
    }
}
