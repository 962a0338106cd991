<?xml version="1.0" encoding="UTF-8"?>
<!--
  Monthly account statement, version 1. Input: <data> converted from JSON (see JsonXml) with
  customerName, addressLines/item, accountNumber, periodStart, periodEnd, currency,
  openingBalance, closingBalance, transactions/item/{date, description, amount}.
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
  <xsl:variable name="money-in" select="sum($d/transactions/item[number(amount) &gt; 0]/amount)"/>
  <xsl:variable name="money-out" select="-sum($d/transactions/item[number(amount) &lt; 0]/amount)"/>
  <xsl:variable name="period">
    <xsl:call-template name="format-date"><xsl:with-param name="iso" select="$d/periodStart"/></xsl:call-template>
    <xsl:text> – </xsl:text>
    <xsl:call-template name="format-date"><xsl:with-param name="iso" select="$d/periodEnd"/></xsl:call-template>
  </xsl:variable>

  <xsl:template match="/">
    <fo:root xml:lang="en" font-family="DejaVu Sans" font-size="9pt" color="#1B1F24">
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
                  <rdf:li xml:lang="x-default">Account statement <xsl:value-of select="$period"/></rdf:li>
                </rdf:Alt>
              </dc:title>
              <dc:creator><rdf:Seq><rdf:li>CCM Portal Bank</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page">
        <xsl:call-template name="letterhead">
          <xsl:with-param name="heading">Account statement</xsl:with-param>
          <xsl:with-param name="subheading" select="$period"/>
          <xsl:with-param name="preview" select="$preview"/>
        </xsl:call-template>
        <xsl:call-template name="footer"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="details-box"/>
          <xsl:call-template name="address-block">
            <xsl:with-param name="name" select="$d/customerName"/>
            <xsl:with-param name="lines" select="$d/addressLines/item"/>
          </xsl:call-template>
          <fo:block role="H1" font-size="17pt" font-weight="bold" color="#1F3A5F"
              space-before="4mm" space-after="1mm">Account statement</fo:block>
          <fo:block font-size="9.5pt" color="#5A6B7F" space-after="5mm">
            <xsl:value-of select="$period"/>
          </fo:block>
          <xsl:call-template name="summary"/>
          <fo:block role="H2" font-size="12pt" font-weight="bold" color="#1F3A5F"
              space-before="7mm" space-after="2.5mm" keep-with-next.within-page="always">Transactions</fo:block>
          <xsl:choose>
            <xsl:when test="$d/transactions/item">
              <xsl:call-template name="transactions"/>
            </xsl:when>
            <xsl:otherwise>
              <fo:block font-style="italic" color="#5A6B7F">There were no transactions in this period.</fo:block>
            </xsl:otherwise>
          </xsl:choose>
          <fo:block space-before="6mm" font-size="8pt" color="#5A6B7F" keep-together.within-page="always">
            Amounts are in <xsl:value-of select="$d/currency"/>. Money out is shown as a payment from your
            account, money in as a payment into it. The balance after each transaction is
            calculated from the opening balance of the period.
          </fo:block>
          <fo:block id="last-page"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- Account details, top right of the first page, beside the address. -->
  <xsl:template name="details-box">
    <fo:block-container absolute-position="absolute" top="4mm" left="103mm" width="64mm"
        background-color="#F2F5F9" border="0.5pt solid #C9D3DF" padding="3mm">
      <xsl:call-template name="detail">
        <xsl:with-param name="label">Account number</xsl:with-param>
        <xsl:with-param name="value" select="$d/accountNumber"/>
      </xsl:call-template>
      <xsl:call-template name="detail">
        <xsl:with-param name="label">Account holder</xsl:with-param>
        <xsl:with-param name="value" select="$d/customerName"/>
      </xsl:call-template>
      <xsl:call-template name="detail">
        <xsl:with-param name="label">Statement period</xsl:with-param>
        <xsl:with-param name="value">
          <xsl:call-template name="format-date-short"><xsl:with-param name="iso" select="$d/periodStart"/></xsl:call-template>
          <xsl:text> – </xsl:text>
          <xsl:call-template name="format-date-short"><xsl:with-param name="iso" select="$d/periodEnd"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="detail">
        <xsl:with-param name="label">Currency</xsl:with-param>
        <xsl:with-param name="value" select="$d/currency"/>
      </xsl:call-template>
    </fo:block-container>
  </xsl:template>

  <xsl:template name="detail">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:block font-size="7pt" color="#5A6B7F"><xsl:value-of select="$label"/></fo:block>
    <fo:block font-size="9pt" font-weight="bold" space-after="1.5mm"><xsl:value-of select="$value"/></fo:block>
  </xsl:template>

  <!-- Balance summary: opening, money in, money out, closing. -->
  <xsl:template name="summary">
    <fo:table table-layout="fixed" width="100%" border="0.5pt solid #C9D3DF">
      <fo:table-column column-width="proportional-column-width(1)" number-columns-repeated="4"/>
      <fo:table-header background-color="#F2F5F9" font-size="7.5pt" color="#5A6B7F">
        <fo:table-row>
          <fo:table-cell padding="2mm 3mm 0mm 3mm"><fo:block>Opening balance</fo:block></fo:table-cell>
          <fo:table-cell padding="2mm 3mm 0mm 3mm"><fo:block>Money in</fo:block></fo:table-cell>
          <fo:table-cell padding="2mm 3mm 0mm 3mm"><fo:block>Money out</fo:block></fo:table-cell>
          <fo:table-cell padding="2mm 3mm 0mm 3mm" background-color="#1F3A5F" color="#DDE5EF">
            <fo:block>Closing balance</fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body background-color="#F2F5F9" font-size="11pt" font-weight="bold">
        <fo:table-row>
          <xsl:call-template name="summary-cell"><xsl:with-param name="amount" select="$d/openingBalance"/></xsl:call-template>
          <xsl:call-template name="summary-cell"><xsl:with-param name="amount" select="$money-in"/></xsl:call-template>
          <xsl:call-template name="summary-cell"><xsl:with-param name="amount" select="$money-out"/></xsl:call-template>
          <fo:table-cell padding="1mm 3mm 2mm 3mm" background-color="#1F3A5F" color="#FFFFFF">
            <fo:block>
              <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="$d/closingBalance"/></xsl:call-template>
              <xsl:value-of select="concat(' ', $d/currency)"/>
            </fo:block>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="summary-cell">
    <xsl:param name="amount"/>
    <fo:table-cell padding="1mm 3mm 2mm 3mm">
      <fo:block>
        <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="$amount"/></xsl:call-template>
        <xsl:value-of select="concat(' ', $d/currency)"/>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- The transaction list; its header row repeats on every page. -->
  <xsl:template name="transactions">
    <fo:table table-layout="fixed" width="100%" font-size="8.5pt">
      <fo:table-column column-width="23mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-column column-width="24mm"/>
      <fo:table-column column-width="26mm"/>
      <fo:table-header font-weight="bold" color="#FFFFFF" background-color="#1F3A5F">
        <fo:table-row>
          <fo:table-cell padding="1.5mm 2mm"><fo:block>Date</fo:block></fo:table-cell>
          <fo:table-cell padding="1.5mm 2mm"><fo:block>Description</fo:block></fo:table-cell>
          <fo:table-cell padding="1.5mm 2mm"><fo:block text-align="end">Money out</fo:block></fo:table-cell>
          <fo:table-cell padding="1.5mm 2mm"><fo:block text-align="end">Money in</fo:block></fo:table-cell>
          <fo:table-cell padding="1.5mm 2mm"><fo:block text-align="end">Balance</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$d/transactions/item">
          <xsl:variable name="balance"
              select="$d/openingBalance + sum(preceding-sibling::item/amount) + amount"/>
          <fo:table-row keep-together.within-page="always" border-bottom="0.4pt solid #DDE3EA">
            <xsl:if test="position() mod 2 = 0">
              <xsl:attribute name="background-color">#F6F8FB</xsl:attribute>
            </xsl:if>
            <fo:table-cell padding="1.3mm 2mm">
              <fo:block><xsl:call-template name="format-date-short"><xsl:with-param name="iso" select="date"/></xsl:call-template></fo:block>
            </fo:table-cell>
            <fo:table-cell padding="1.3mm 2mm">
              <fo:block><xsl:value-of select="description"/></fo:block>
            </fo:table-cell>
            <fo:table-cell padding="1.3mm 2mm">
              <fo:block text-align="end">
                <xsl:if test="number(amount) &lt; 0">
                  <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="-amount"/></xsl:call-template>
                </xsl:if>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell padding="1.3mm 2mm">
              <fo:block text-align="end">
                <xsl:if test="number(amount) &gt;= 0">
                  <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="amount"/></xsl:call-template>
                </xsl:if>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell padding="1.3mm 2mm">
              <fo:block text-align="end">
                <xsl:call-template name="format-amount"><xsl:with-param name="amount" select="$balance"/></xsl:call-template>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
