package vn.sohoa.metadata;

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
 */
@ConfigurationProperties("sohoa.metadata")
public record MetadataProperties(
        @DefaultValue("0.8") double reviewBelow,
        @DefaultValue({"typeName", "documentNumber", "issuedDate", "organName", "ownerIds"}) List<String> requiredFields,
        @DefaultValue({"NGHỊ QUYẾT", "CHỈ THỊ", "KẾ HOẠCH", "BÁO CÁO", "CHƯƠNG TRÌNH", "TỜ TRÌNH"})
        List<String> ownerNotRequiredTypes) {
}
