<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared page footer: legal text and "Page X of Y" on every page. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:variable name="legal-text">CCM Portal Bank SA, 1 Example Square, 1000 Brussels, company number 0000.000.000, is authorised and supervised by the National Bank and the Financial Services Authority. Deposits are protected up to EUR 100,000 per depositor by the deposit guarantee scheme. Please check this document and tell us about any error within 60 days.</xsl:variable>

  <!-- Needs a block with id="last-page" at the end of the flow for the page total. -->
  <xsl:template name="footer">
    <fo:static-content flow-name="xsl-region-after">
      <fo:block-container role="artifact" border-top="0.5pt solid #C9D3DF" padding-top="2mm">
        <fo:table table-layout="fixed" width="100%">
          <fo:table-column column-width="proportional-column-width(1)"/>
          <fo:table-column column-width="28mm"/>
          <fo:table-body>
            <fo:table-row>
              <fo:table-cell padding-end="6mm">
                <fo:block font-size="6.5pt" line-height="1.3" color="#5A6B7F"
                    text-align="justify"><xsl:value-of select="$legal-text"/></fo:block>
              </fo:table-cell>
              <fo:table-cell display-align="after">
                <fo:block font-size="8pt" text-align="end" color="#1F3A5F">
                  <xsl:text>Page </xsl:text><fo:page-number/>
                  <xsl:text> of </xsl:text><fo:page-number-citation ref-id="last-page"/>
                </fo:block>
              </fo:table-cell>
            </fo:table-row>
          </fo:table-body>
        </fo:table>
      </fo:block-container>
    </fo:static-content>
  </xsl:template>
</xsl:stylesheet>
