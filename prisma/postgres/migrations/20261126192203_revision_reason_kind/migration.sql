-- AlterEnum
ALTER TYPE "RevisionReason" ADD VALUE 'KIND';
