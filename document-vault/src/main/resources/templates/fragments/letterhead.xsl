<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared letterhead: the bank's running header on every page, and the PREVIEW watermark. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:variable name="brand-colour" select="'#1F3A5F'"/>
  <xsl:variable name="muted-colour" select="'#5A6B7F'"/>

  <!-- Running header. heading: document kind (right); subheading: e.g. the period. -->
  <xsl:template name="letterhead">
    <xsl:param name="heading"/>
    <xsl:param name="subheading"/>
    <xsl:param name="preview" select="'false'"/>
    <fo:static-content flow-name="xsl-region-before">
      <xsl:if test="$preview = 'true'">
        <xsl:call-template name="watermark"/>
      </xsl:if>
      <fo:block-container role="artifact" border-bottom="0.8pt solid {$brand-colour}"
          padding-bottom="2mm">
        <fo:block text-align-last="justify" line-height="1.2">
          <fo:inline font-size="15pt" font-weight="bold" color="#FFFFFF"
              background-color="{$brand-colour}" padding-start="2pt" padding-end="2pt">CCM</fo:inline>
          <fo:inline font-size="15pt" font-weight="bold" color="{$brand-colour}"> Portal Bank</fo:inline>
          <fo:leader leader-pattern="space"/>
          <fo:inline font-size="11pt" font-weight="bold" color="{$brand-colour}">
            <xsl:value-of select="$heading"/>
          </fo:inline>
        </fo:block>
        <fo:block text-align-last="justify" font-size="7.5pt" color="{$muted-colour}"
            space-before="1.5mm">
          <xsl:text>1 Example Square, 1000 Brussels · www.ccm-portal.example · +32 2 000 00 00</xsl:text>
          <fo:leader leader-pattern="space"/>
          <xsl:if test="$preview = 'true'">
            <fo:inline color="#B42318" font-weight="bold">PREVIEW · </fo:inline>
          </xsl:if>
          <xsl:value-of select="$subheading"/>
        </fo:block>
      </fo:block-container>
    </fo:static-content>
  </xsl:template>

  <!-- A large light PREVIEW across the middle of the page, marked as an artifact. -->
  <xsl:template name="watermark">
    <fo:block-container role="artifact" absolute-position="fixed" top="120mm" left="0mm"
        width="210mm" height="50mm">
      <fo:block text-align="center" font-size="80pt" font-weight="bold" color="#D5DCE5">PREVIEW</fo:block>
    </fo:block-container>
  </xsl:template>
</xsl:stylesheet>
