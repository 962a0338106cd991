<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared postal address block: a fixed 85 x 40 mm field, placed for a left window envelope. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <!-- name: the addressee; lines: address line nodes (item elements), may be empty. -->
  <xsl:template name="address-block">
    <xsl:param name="name"/>
    <xsl:param name="lines"/>
    <fo:block-container width="85mm" height="40mm" space-before="4mm">
      <fo:block font-size="6.5pt" color="#5A6B7F" space-after="2mm">
        <fo:inline border-bottom="0.4pt solid #5A6B7F">CCM Portal Bank · 1 Example Square · 1000 Brussels</fo:inline>
      </fo:block>
      <fo:block font-size="10pt" line-height="1.35">
        <fo:block font-weight="bold"><xsl:value-of select="$name"/></fo:block>
        <xsl:for-each select="$lines">
          <fo:block><xsl:value-of select="."/></fo:block>
        </xsl:for-each>
      </fo:block>
    </fo:block-container>
  </xsl:template>
</xsl:stylesheet>
