<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared formatting of dates and amounts (XSLT 1.0). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- ISO date (YYYY-MM-DD) as "31 January 2025"; anything else is shown as given. -->
  <xsl:template name="format-date">
    <xsl:param name="iso"/>
    <!-- month names, nine characters each (local: globals may not be ready in callers' globals) -->
    <xsl:variable name="months"
        select="'January  February March    April    May      June     July     August   SeptemberOctober  November December '"/>
    <xsl:variable name="m" select="number(substring($iso, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($iso) = 10 and $m &gt;= 1 and $m &lt;= 12">
        <xsl:value-of select="concat(number(substring($iso, 9, 2)), ' ',
            normalize-space(substring($months, ($m - 1) * 9 + 1, 9)), ' ',
            substring($iso, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$iso"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Short date for tables: "31 Jan 2025". -->
  <xsl:template name="format-date-short">
    <xsl:param name="iso"/>
    <xsl:variable name="m" select="number(substring($iso, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($iso) = 10 and $m &gt;= 1 and $m &lt;= 12">
        <xsl:value-of select="concat(number(substring($iso, 9, 2)), ' ',
            substring('JanFebMarAprMayJunJulAugSepOctNovDec', ($m - 1) * 3 + 1, 3), ' ',
            substring($iso, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$iso"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An amount with two decimals and thousands separators, e.g. 1,234.50 or -12.00. -->
  <xsl:template name="format-amount">
    <xsl:param name="amount"/>
    <xsl:value-of select="format-number($amount, '#,##0.00;-#,##0.00')"/>
  </xsl:template>
</xsl:stylesheet>
