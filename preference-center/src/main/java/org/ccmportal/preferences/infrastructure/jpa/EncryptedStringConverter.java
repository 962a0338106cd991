package org.ccmportal.preferences.infrastructure.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.ccmportal.preferences.infrastructure.crypto.FieldEncryptor;

/**
 * Stores a personal field encrypted (AES-256 PBE, random IV): the database and its backups never
 * hold the address in plain text; the entity always sees it decrypted.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String attribute) {
    return FieldEncryptor.get().encrypt(attribute);
  }

  @Override
  public String convertToEntityAttribute(String dbData) {
    return FieldEncryptor.get().decrypt(dbData);
  }
}
