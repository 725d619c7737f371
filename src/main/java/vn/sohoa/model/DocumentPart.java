package vn.sohoa.model;

/**
 * The pages of a scan file that hold one document, when a file held several (a stack scanned in
 * one go). Page numbers are those of the original file.
 *
 * @param firstPage     1-based, inclusive
 * @param lastPage      1-based, inclusive
 * @param originalPages pages of the whole original file, separator sheets included
 */
public record DocumentPart(int firstPage, int lastPage, int originalPages) {

    public DocumentPart {
        if (firstPage < 1 || lastPage < firstPage || lastPage > originalPages) {
            throw new IllegalArgumentException("Invalid page range " + firstPage + "-" + lastPage + " of " + originalPages);
        }
    }

    /** Whether the part is the whole file: then the record is the file's own, not a part's. */
    public boolean wholeFile() {
        return firstPage == 1 && lastPage == originalPages;
    }

    public int pageCount() {
        return lastPage - firstPage + 1;
    }
}
