package vn.sohoa.pipeline.metadata;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of metadata extraction ({@code sohoa.metadata}).
 *
 * @param reviewBelow        a required field less sure than this is listed as "needs review"
 * @param requiredFields     fields every record must have (JSON names); {@code documentNumber}
 *                           covers a certificate's bare number too
 * @param ownerNotRequiredTypes document types not issued to a person or business, for which
 *                           {@code ownerIds} is not required (type names as printed)
 * @param homeProvinceCodes  first three digits of personal ids registered in the province served: an
 *                           id from elsewhere is kept but less sure (a misread digit looks like that)
 * @param placeNames         places of the province, as spelled: agency names read without their marks
 *                           are respelled from this list, and unknown words without marks are less sure
 */
@ConfigurationProperties("sohoa.metadata")
public record MetadataProperties(
        @DefaultValue("0.8") double reviewBelow,
        @DefaultValue({"typeName", "documentNumber", "issuedDate", "organName", "ownerIds"}) List<String> requiredFields,
        @DefaultValue({"NGHỊ QUYẾT", "CHỈ THỊ", "KẾ HOẠCH", "BÁO CÁO", "CHƯƠNG TRÌNH", "TỜ TRÌNH"})
        List<String> ownerNotRequiredTypes,
        @DefaultValue("089") List<String> homeProvinceCodes,
        @DefaultValue({"An Giang", "Long Xuyên", "Châu Đốc", "Tân Châu", "Thoại Sơn", "Châu Thành", "Châu Phú", "Chợ Mới",
                "Phú Tân", "An Phú", "Tịnh Biên", "Tri Tôn", "Núi Sập", "Óc Eo", "Phú Hòa", "Vọng Thê", "Vọng Đông",
                "Định Mỹ", "Định Thành", "Thoại Giang", "Vĩnh Chánh", "Vĩnh Trạch", "Vĩnh Khánh", "Vĩnh Phú", "Tây Phú",
                "Mỹ Phú Đông", "An Bình", "Bình Thành", "Phú Thuận"}) List<String> placeNames) {

    /** Defaults, for code and tests that run without Spring. */
    public static MetadataProperties defaults() {
        return new MetadataProperties(0.8, List.of("typeName", "documentNumber", "issuedDate", "organName", "ownerIds"),
                List.of("NGHỊ QUYẾT", "CHỈ THỊ", "KẾ HOẠCH", "BÁO CÁO", "CHƯƠNG TRÌNH", "TỜ TRÌNH"), List.of("089"),
                List.of("An Giang", "Long Xuyên", "Châu Đốc", "Tân Châu", "Thoại Sơn", "Châu Thành", "Châu Phú", "Chợ Mới",
                        "Phú Tân", "An Phú", "Tịnh Biên", "Tri Tôn", "Núi Sập", "Óc Eo", "Phú Hòa", "Vọng Thê", "Vọng Đông",
                        "Định Mỹ", "Định Thành", "Thoại Giang", "Vĩnh Chánh", "Vĩnh Trạch", "Vĩnh Khánh", "Vĩnh Phú",
                        "Tây Phú", "Mỹ Phú Đông", "An Bình", "Bình Thành", "Phú Thuận"));
    }
}
