/**
 * The print drop: merged PDFs and manifests of print batches in object storage (bucket {@code
 * CCM_PRINT_BUCKET}, default {@code print}), and the PDF merge itself (Apache PDFBox).
 */
package org.ccmportal.vault.infrastructure.print;
