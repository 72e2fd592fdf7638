package org.branchdesk.customer.api;

/** Identity document types. */
public enum IdType {
    /** 居民身份证 (18 characters). */
    RESIDENT_ID,
    /** 护照. */
    PASSPORT,
    /** 港澳居民来往内地通行证. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT,
    /** 外国人永久居留身份证. */
    FOREIGN_PERMANENT_RESIDENT,
    /** Any other document the bank accepts. */
    OTHER
}
