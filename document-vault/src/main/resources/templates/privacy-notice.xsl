<?xml version="1.0" encoding="UTF-8"?>
<!--
  Annual privacy notice, version 1. Input: <data> converted from JSON (see JsonXml) with
  customerName, addressLines/item, year, introduction, sections/item {heading, paragraphs/item},
  rights/item {right, description}, and dpoContact (how to reach the data protection officer).
  Parameter preview = 'true' marks every page PREVIEW.
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
  <xsl:variable name="title" select="concat('Your privacy notice ', $d/year)"/>

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
          <xsl:with-param name="heading">Privacy notice</xsl:with-param>
          <xsl:with-param name="subheading" select="concat('Annual notice ', $d/year)"/>
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
          <xsl:for-each select="$d/sections/item">
            <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
                space-before="4mm" space-after="2mm" keep-with-next.within-page="always">
              <xsl:value-of select="heading"/>
            </fo:block>
            <xsl:for-each select="paragraphs/item">
              <fo:block space-after="2.5mm" line-height="1.45" text-align="justify"><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
          </xsl:for-each>
          <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
              space-before="4mm" space-after="2.5mm" keep-with-next.within-page="always">Your rights</fo:block>
          <fo:table table-layout="fixed" width="100%" font-size="9pt">
            <fo:table-column column-width="48mm"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-header font-weight="bold" color="#FFFFFF" background-color="#1F3A5F">
              <fo:table-row>
                <fo:table-cell padding="1.5mm 2mm"><fo:block>Right</fo:block></fo:table-cell>
                <fo:table-cell padding="1.5mm 2mm"><fo:block>What it means for you</fo:block></fo:table-cell>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:for-each select="$d/rights/item">
                <fo:table-row keep-together.within-page="always" border-bottom="0.4pt solid #DDE3EA">
                  <xsl:if test="position() mod 2 = 0">
                    <xsl:attribute name="background-color">#F6F8FB</xsl:attribute>
                  </xsl:if>
                  <fo:table-cell padding="1.5mm 2mm"><fo:block font-weight="bold"><xsl:value-of select="right"/></fo:block></fo:table-cell>
                  <fo:table-cell padding="1.5mm 2mm"><fo:block><xsl:value-of select="description"/></fo:block></fo:table-cell>
                </fo:table-row>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
          <fo:block space-before="5mm" line-height="1.45" text-align="justify">
            <xsl:text>To use any of these rights, or if you have a question about how we use your data, contact our data protection officer: </xsl:text>
            <xsl:value-of select="$d/dpoContact"/>
            <xsl:text>. You may also lodge a complaint with the Data Protection Authority, Rue de la Presse 35, 1000 Brussels.</xsl:text>
          </fo:block>
          <fo:block space-before="6mm" keep-together.within-page="always">
            <fo:block>Yours sincerely,</fo:block>
            <fo:block space-before="8mm" font-weight="bold">Data Protection Officer</fo:block>
            <fo:block>CCM Portal Bank</fo:block>
          </fo:block>
          <fo:block id="last-page"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
