<?xml version="1.0" encoding="UTF-8"?>
<!--
  Marketing offer, version 1: sent only to customers who agreed to marketing (a marketing
  publication skips the others and those under a marketing hold). Input: <data> converted from
  JSON (see JsonXml) with customerName, addressLines/item, headline, introduction,
  benefits/item, terms (representative example and conditions, required with every offer),
  validUntil (ISO date) and howToOptOut. Parameter preview = 'true' marks every page PREVIEW.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:include href="fragment:letterhead"/>
  <xsl:include href="fragment:address"/>
  <xsl:include href="fragment:footer"/>
  <xsl:include href="fragment:format"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:param name="preview" select="'false'"/>

  <xsl:variable name="d" select="/data"/>
  <xsl:variable name="title" select="$d/headline"/>

  <xsl:template match="/">
    <fo:root xml:lang="en" font-family="DejaVu Sans" font-size="10pt" color="#1B1F24">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-height="297mm" page-width="210mm"
            margin-top="10mm" margin-bottom="8mm" margin-left="18mm" margin-right="18mm">
          <fo:region-body margin-top="24mm" margin-bottom="22mm"/>
          <fo:region-before extent="20mm"/>
          <fo:region-after extent="17mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>
                <rdf:Alt>
                  <rdf:li xml:lang="x-default"><xsl:value-of select="$title"/></rdf:li>
                </rdf:Alt>
              </dc:title>
              <dc:creator><rdf:Seq><rdf:li>CCM Portal Bank</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page">
        <xsl:call-template name="letterhead">
          <xsl:with-param name="heading">An offer for you</xsl:with-param>
          <xsl:with-param name="subheading">
            <xsl:text>Valid until </xsl:text>
            <xsl:call-template name="format-date">
              <xsl:with-param name="iso" select="$d/validUntil"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="preview" select="$preview"/>
        </xsl:call-template>
        <xsl:call-template name="footer"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="address-block">
            <xsl:with-param name="name" select="$d/customerName"/>
            <xsl:with-param name="lines" select="$d/addressLines/item"/>
          </xsl:call-template>
          <fo:block role="H1" font-size="16pt" font-weight="bold" color="#1F3A5F"
              space-before="4mm" space-after="2mm"><xsl:value-of select="$title"/></fo:block>
          <fo:block space-before="2mm" space-after="4mm">
            <xsl:text>Dear </xsl:text><xsl:value-of select="$d/customerName"/><xsl:text>,</xsl:text>
          </fo:block>
          <fo:block space-after="3mm" line-height="1.45" text-align="justify">
            <xsl:value-of select="$d/introduction"/>
          </fo:block>
          <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
              space-before="4mm" space-after="2mm" keep-with-next.within-page="always">What you get</fo:block>
          <fo:list-block provisional-distance-between-starts="5mm" space-after="3mm">
            <xsl:for-each select="$d/benefits/item">
              <fo:list-item space-after="1.5mm">
                <fo:list-item-label end-indent="label-end()"><fo:block>&#x2022;</fo:block></fo:list-item-label>
                <fo:list-item-body start-indent="body-start()">
                  <fo:block line-height="1.45"><xsl:value-of select="."/></fo:block>
                </fo:list-item-body>
              </fo:list-item>
            </xsl:for-each>
          </fo:list-block>
          <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
              space-before="4mm" space-after="2mm" keep-with-next.within-page="always">Terms</fo:block>
          <fo:block space-after="3mm" line-height="1.45" text-align="justify" font-size="9pt">
            <xsl:value-of select="$d/terms"/>
          </fo:block>
          <fo:block space-before="4mm" padding="3mm" background-color="#F6F8FB"
              border="0.4pt solid #DDE3EA" line-height="1.45">
            <fo:block font-weight="bold">You are in control</fo:block>
            <fo:block><xsl:value-of select="$d/howToOptOut"/></fo:block>
          </fo:block>
          <fo:block space-before="6mm" keep-together.within-page="always">
            <fo:block>Kind regards,</fo:block>
            <fo:block space-before="8mm" font-weight="bold">Customer Offers Team</fo:block>
            <fo:block>CCM Portal Bank</fo:block>
          </fo:block>
          <fo:block id="last-page"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
