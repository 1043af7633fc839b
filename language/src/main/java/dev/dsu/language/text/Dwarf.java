package dev.dsu.language.text;

import java.util.HashMap;
import java.util.Map;

/** Numeric values of the DWARF and LLVM debug-info keywords used in specialized metadata. */
final class Dwarf {
    private Dwarf() {
    }

    private static final Map<String, Long> VALUES = new HashMap<>();

    private static void put(String name, long v) {
        VALUES.put(name, v);
    }

    static {
        // tags
        put("DW_TAG_array_type", 0x01);
        put("DW_TAG_class_type", 0x02);
        put("DW_TAG_enumeration_type", 0x04);
        put("DW_TAG_formal_parameter", 0x05);
        put("DW_TAG_label", 0x0a);
        put("DW_TAG_lexical_block", 0x0b);
        put("DW_TAG_member", 0x0d);
        put("DW_TAG_pointer_type", 0x0f);
        put("DW_TAG_reference_type", 0x10);
        put("DW_TAG_compile_unit", 0x11);
        put("DW_TAG_structure_type", 0x13);
        put("DW_TAG_subroutine_type", 0x15);
        put("DW_TAG_typedef", 0x16);
        put("DW_TAG_union_type", 0x17);
        put("DW_TAG_unspecified_parameters", 0x18);
        put("DW_TAG_inheritance", 0x1c);
        put("DW_TAG_ptr_to_member_type", 0x1f);
        put("DW_TAG_subrange_type", 0x21);
        put("DW_TAG_base_type", 0x24);
        put("DW_TAG_const_type", 0x26);
        put("DW_TAG_enumerator", 0x28);
        put("DW_TAG_file_type", 0x29);
        put("DW_TAG_friend", 0x2a);
        put("DW_TAG_subprogram", 0x2e);
        put("DW_TAG_variable", 0x34);
        put("DW_TAG_volatile_type", 0x35);
        put("DW_TAG_restrict_type", 0x37);
        put("DW_TAG_unspecified_type", 0x3b);
        put("DW_TAG_rvalue_reference_type", 0x42);
        put("DW_TAG_atomic_type", 0x47);
        put("DW_TAG_immutable_type", 0x4b);
        put("DW_TAG_auto_variable", 0x100);
        put("DW_TAG_arg_variable", 0x101);
        // base type encodings
        put("DW_ATE_address", 0x01);
        put("DW_ATE_boolean", 0x02);
        put("DW_ATE_complex_float", 0x03);
        put("DW_ATE_float", 0x04);
        put("DW_ATE_signed", 0x05);
        put("DW_ATE_signed_char", 0x06);
        put("DW_ATE_unsigned", 0x07);
        put("DW_ATE_unsigned_char", 0x08);
        put("DW_ATE_imaginary_float", 0x09);
        put("DW_ATE_packed_decimal", 0x0a);
        put("DW_ATE_numeric_string", 0x0b);
        put("DW_ATE_edited", 0x0c);
        put("DW_ATE_signed_fixed", 0x0d);
        put("DW_ATE_unsigned_fixed", 0x0e);
        put("DW_ATE_decimal_float", 0x0f);
        put("DW_ATE_UTF", 0x10);
        // expression operators
        put("DW_OP_addr", 0x03);
        put("DW_OP_deref", 0x06);
        put("DW_OP_const1u", 0x08);
        put("DW_OP_const1s", 0x09);
        put("DW_OP_const2u", 0x0a);
        put("DW_OP_const2s", 0x0b);
        put("DW_OP_const4u", 0x0c);
        put("DW_OP_const4s", 0x0d);
        put("DW_OP_const8u", 0x0e);
        put("DW_OP_const8s", 0x0f);
        put("DW_OP_constu", 0x10);
        put("DW_OP_consts", 0x11);
        put("DW_OP_dup", 0x12);
        put("DW_OP_drop", 0x13);
        put("DW_OP_over", 0x14);
        put("DW_OP_pick", 0x15);
        put("DW_OP_swap", 0x16);
        put("DW_OP_rot", 0x17);
        put("DW_OP_xderef", 0x18);
        put("DW_OP_abs", 0x19);
        put("DW_OP_and", 0x1a);
        put("DW_OP_div", 0x1b);
        put("DW_OP_minus", 0x1c);
        put("DW_OP_mod", 0x1d);
        put("DW_OP_mul", 0x1e);
        put("DW_OP_neg", 0x1f);
        put("DW_OP_not", 0x20);
        put("DW_OP_or", 0x21);
        put("DW_OP_plus", 0x22);
        put("DW_OP_plus_uconst", 0x23);
        put("DW_OP_shl", 0x24);
        put("DW_OP_shr", 0x25);
        put("DW_OP_shra", 0x26);
        put("DW_OP_xor", 0x27);
        put("DW_OP_bra", 0x28);
        put("DW_OP_eq", 0x29);
        put("DW_OP_ge", 0x2a);
        put("DW_OP_gt", 0x2b);
        put("DW_OP_le", 0x2c);
        put("DW_OP_lt", 0x2d);
        put("DW_OP_ne", 0x2e);
        put("DW_OP_skip", 0x2f);
        for (int i = 0; i < 32; i++) {
            put("DW_OP_lit" + i, 0x30 + i);
            put("DW_OP_reg" + i, 0x50 + i);
            put("DW_OP_breg" + i, 0x70 + i);
        }
        put("DW_OP_regx", 0x90);
        put("DW_OP_fbreg", 0x91);
        put("DW_OP_bregx", 0x92);
        put("DW_OP_piece", 0x93);
        put("DW_OP_deref_size", 0x94);
        put("DW_OP_xderef_size", 0x95);
        put("DW_OP_nop", 0x96);
        put("DW_OP_push_object_address", 0x97);
        put("DW_OP_call2", 0x98);
        put("DW_OP_call4", 0x99);
        put("DW_OP_call_ref", 0x9a);
        put("DW_OP_form_tls_address", 0x9b);
        put("DW_OP_call_frame_cfa", 0x9c);
        put("DW_OP_bit_piece", 0x9d);
        put("DW_OP_implicit_value", 0x9e);
        put("DW_OP_stack_value", 0x9f);
        put("DW_OP_implicit_pointer", 0xa0);
        put("DW_OP_addrx", 0xa1);
        put("DW_OP_constx", 0xa2);
        put("DW_OP_entry_value", 0xa3);
        put("DW_OP_const_type", 0xa4);
        put("DW_OP_regval_type", 0xa5);
        put("DW_OP_deref_type", 0xa6);
        put("DW_OP_xderef_type", 0xa7);
        put("DW_OP_convert", 0xa8);
        put("DW_OP_reinterpret", 0xa9);
        put("DW_OP_GNU_push_tls_address", 0xe0);
        put("DW_OP_GNU_entry_value", 0xf3);
        put("DW_OP_LLVM_fragment", 0x1000);
        put("DW_OP_LLVM_convert", 0x1001);
        put("DW_OP_LLVM_tag_offset", 0x1002);
        put("DW_OP_LLVM_entry_value", 0x1003);
        put("DW_OP_LLVM_implicit_pointer", 0x1004);
        put("DW_OP_LLVM_arg", 0x1005);
        put("DW_OP_LLVM_extract_bits_sext", 0x1006);
        put("DW_OP_LLVM_extract_bits_zext", 0x1007);
        // DIFlags (llvm/IR/DebugInfoFlags.def)
        put("DIFlagZero", 0);
        put("DIFlagPrivate", 1);
        put("DIFlagProtected", 2);
        put("DIFlagPublic", 3);
        put("DIFlagFwdDecl", 1 << 2);
        put("DIFlagAppleBlock", 1 << 3);
        put("DIFlagReservedBit4", 1 << 4);
        put("DIFlagVirtual", 1 << 5);
        put("DIFlagArtificial", 1 << 6);
        put("DIFlagExplicit", 1 << 7);
        put("DIFlagPrototyped", 1 << 8);
        put("DIFlagObjcClassComplete", 1 << 9);
        put("DIFlagObjectPointer", 1 << 10);
        put("DIFlagVector", 1 << 11);
        put("DIFlagStaticMember", 1 << 12);
        put("DIFlagLValueReference", 1 << 13);
        put("DIFlagRValueReference", 1 << 14);
        put("DIFlagExportSymbols", 1 << 15);
        put("DIFlagSingleInheritance", 1 << 16);
        put("DIFlagMultipleInheritance", 2 << 16);
        put("DIFlagVirtualInheritance", 3 << 16);
        put("DIFlagIntroducedVirtual", 1 << 18);
        put("DIFlagBitField", 1 << 19);
        put("DIFlagNoReturn", 1 << 20);
        put("DIFlagTypePassByValue", 1 << 22);
        put("DIFlagTypePassByReference", 1 << 23);
        put("DIFlagEnumClass", 1 << 24);
        put("DIFlagThunk", 1 << 25);
        put("DIFlagNonTrivial", 1 << 26);
        put("DIFlagBigEndian", 1 << 27);
        put("DIFlagLittleEndian", 1 << 28);
        put("DIFlagAllCallsDescribed", 1 << 29);
        // DISPFlags
        put("DISPFlagZero", 0);
        put("DISPFlagVirtual", 1);
        put("DISPFlagPureVirtual", 2);
        put("DISPFlagLocalToUnit", 1 << 2);
        put("DISPFlagDefinition", 1 << 3);
        put("DISPFlagOptimized", 1 << 4);
        put("DISPFlagPure", 1 << 5);
        put("DISPFlagElemental", 1 << 6);
        put("DISPFlagRecursive", 1 << 7);
        put("DISPFlagMainSubprogram", 1 << 8);
        put("DISPFlagDeleted", 1 << 9);
        put("DISPFlagObjCDirect", 1 << 11);
    }

    /** The value of a keyword, or null when unknown. */
    static Long value(String keyword) {
        return VALUES.get(keyword);
    }
}
