<?xml version="1.0" encoding="UTF-8"?>
<!--
  Insurance policy document, version 1. Input: <data> converted from JSON (see JsonXml) with
  customerName, addressLines/item, policyNumber, product, startDate, endDate (ISO dates), currency,
  premium, paymentFrequency, cover/item {description, sumInsured, excess}, and
  sections/item {heading, clauses/item}: the terms, which run over several pages.
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
  <xsl:variable name="title" select="concat($d/product, ' – policy ', $d/policyNumber)"/>

  <xsl:template match="/">
    <fo:root xml:lang="en" font-family="DejaVu Sans" font-size="9.5pt" color="#1B1F24">
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
              <dc:creator><rdf:Seq><rdf:li>CCM Portal Insurance</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page">
        <xsl:call-template name="letterhead">
          <xsl:with-param name="heading">Policy document</xsl:with-param>
          <xsl:with-param name="subheading" select="concat('Policy ', $d/policyNumber)"/>
          <xsl:with-param name="preview" select="$preview"/>
        </xsl:call-template>
        <xsl:call-template name="footer"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="address-block">
            <xsl:with-param name="name" select="$d/customerName"/>
            <xsl:with-param name="lines" select="$d/addressLines/item"/>
          </xsl:call-template>
          <fo:block role="H1" font-size="17pt" font-weight="bold" color="#1F3A5F"
              space-before="4mm" space-after="1mm"><xsl:value-of select="$d/product"/></fo:block>
          <fo:block font-size="9.5pt" color="#5A6B7F" space-after="5mm">
            <xsl:text>Policy schedule and terms · policy number </xsl:text>
            <xsl:value-of select="$d/policyNumber"/>
          </fo:block>
          <xsl:call-template name="schedule"/>
          <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
              space-before="6mm" space-after="2.5mm" keep-with-next.within-page="always">What you are covered for</fo:block>
          <xsl:call-template name="cover"/>
          <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
              space-before="7mm" space-after="1mm" keep-with-next.within-page="always">Terms and conditions</fo:block>
          <fo:block font-size="8.5pt" color="#5A6B7F" space-after="3mm" keep-with-next.within-page="always">
            Please read these terms together with the schedule above. Together they form your contract with us.
          </fo:block>
          <xsl:for-each select="$d/sections/item">
            <xsl:variable name="s" select="position()"/>
            <fo:block role="H3" font-size="10.5pt" font-weight="bold" color="#1F3A5F"
                space-before="4mm" space-after="1.5mm" keep-with-next.within-page="always">
              <xsl:value-of select="concat($s, '. ', heading)"/>
            </fo:block>
            <fo:list-block provisional-distance-between-starts="9mm" provisional-label-separation="2mm">
              <xsl:for-each select="clauses/item">
                <fo:list-item space-after="1.8mm">
                  <fo:list-item-label end-indent="label-end()">
                    <fo:block font-weight="bold" color="#1F3A5F"><xsl:value-of select="concat($s, '.', position())"/></fo:block>
                  </fo:list-item-label>
                  <fo:list-item-body start-indent="body-start()">
                    <fo:block line-height="1.4" text-align="justify"><xsl:value-of select="."/></fo:block>
                  </fo:list-item-body>
                </fo:list-item>
              </xsl:for-each>
            </fo:list-block>
          </xsl:for-each>
          <fo:block space-before="6mm" keep-together.within-page="always">
            <fo:block>Signed on behalf of the insurer,</fo:block>
            <fo:block space-before="8mm" font-weight="bold">Head of Underwriting</fo:block>
            <fo:block>CCM Portal Insurance</fo:block>
          </fo:block>
          <fo:block id="last-page"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- Policy schedule: the key facts, as a two-column table with a header row. -->
  <xsl:template name="schedule">
    <fo:table table-layout="fixed" width="100%" border="0.5pt solid #C9D3DF">
      <fo:table-column column-width="55mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-header font-weight="bold" color="#FFFFFF" background-color="#1F3A5F">
        <fo:table-row>
          <fo:table-cell padding="1.5mm 3mm"><fo:block>Schedule</fo:block></fo:table-cell>
          <fo:table-cell padding="1.5mm 3mm"><fo:block>Details</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body background-color="#F2F5F9">
        <xsl:call-template name="row">
          <xsl:with-param name="label">Policyholder</xsl:with-param>
          <xsl:with-param name="value" select="$d/customerName"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">Policy number</xsl:with-param>
          <xsl:with-param name="value" select="$d/policyNumber"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">Period of cover</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="format-date"><xsl:with-param name="iso" select="$d/startDate"/></xsl:call-template>
            <xsl:text> to </xsl:text>
            <xsl:call-template name="format-date"><xsl:with-param name="iso" select="$d/endDate"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">Premium</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="$d/premium"/></xsl:call-template>
            <xsl:value-of select="concat(' ', $d/currency, ' ', $d/paymentFrequency)"/>
          </xsl:with-param>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:table-row border-bottom="0.4pt solid #DDE3EA">
      <fo:table-cell padding="1.5mm 3mm"><fo:block color="#5A6B7F"><xsl:value-of select="$label"/></fo:block></fo:table-cell>
      <fo:table-cell padding="1.5mm 3mm"><fo:block font-weight="bold"><xsl:value-of select="$value"/></fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- The cover table; its header row repeats on every page. -->
  <xsl:template name="cover">
    <fo:table table-layout="fixed" width="100%" font-size="8.5pt">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="32mm"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-header font-weight="bold" color="#FFFFFF" background-color="#1F3A5F">
        <fo:table-row>
          <fo:table-cell padding="1.5mm 2mm"><fo:block>Cover</fo:block></fo:table-cell>
          <fo:table-cell padding="1.5mm 2mm"><fo:block text-align="end">Sum insured</fo:block></fo:table-cell>
          <fo:table-cell padding="1.5mm 2mm"><fo:block text-align="end">Excess</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$d/cover/item">
          <fo:table-row keep-together.within-page="always" border-bottom="0.4pt solid #DDE3EA">
            <xsl:if test="position() mod 2 = 0">
              <xsl:attribute name="background-color">#F6F8FB</xsl:attribute>
            </xsl:if>
            <fo:table-cell padding="1.3mm 2mm"><fo:block><xsl:value-of select="description"/></fo:block></fo:table-cell>
            <fo:table-cell padding="1.3mm 2mm">
              <fo:block text-align="end">
                <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="sumInsured"/></xsl:call-template>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell padding="1.3mm 2mm">
              <fo:block text-align="end">
                <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="excess"/></xsl:call-template>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
    <fo:block font-size="7.5pt" color="#5A6B7F" space-before="1.5mm">
      Amounts in <xsl:value-of select="$d/currency"/>. The excess is the part of each claim you pay yourself.
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
